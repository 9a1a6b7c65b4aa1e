package com.clinic.emulators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The department stacks are written short ({@code stacks/src/<name>.yaml.in}: inputs, not templates, so no
 * template linter reads them as one): a route is one resource of type
 * {@code Clinic::Route} naming its route, its handler and its function's policies (and the token scopes it
 * wants, if any). This expands each into what API Gateway and Lambda need — the function, the route with the JWT
 * authorizer, the proxy integration and the permission for the API to invoke the function's alias — and leaves
 * everything else as written. {@code stacks/*.yaml} are the expansions (what {@code sam build} reads);
 * {@code StackSourcesTest} holds them to their sources.
 */
public final class StackSources {
    private static final Pattern ROUTE = Pattern.compile("(?m)^  (\\w+):\\n    Type: Clinic::Route\\n"
            + "    Properties:\\n      Route: (\\S+) (\\S+)\\n      Handler: ([\\w.]+)\\n"
            + "(?:      Scopes: (.*)\\n)?      Policies:\\n((?:        .*\\n)+)");

    private StackSources() {
    }

    /** The stack a short source stands for. */
    public static String expand(String source) {
        Matcher m = ROUTE.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(route(m.group(1), m.group(2), m.group(3), m.group(4),
                    m.group(5), m.group(6))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String route(String name, String method, String path, String handler, String scopes,
                                String policies) {
        String arnPath = path.replaceAll("\\{[^}]+}", "*");
        return "  " + name + "Function:\n"
                + "    Type: AWS::Serverless::Function\n"
                + "    Properties:\n"
                + "      Handler: " + handler + "::handleRequest\n"
                + "      Policies:\n"
                + policies + "\n"
                + "  " + name + "Route:\n"
                + "    Type: AWS::ApiGatewayV2::Route\n"
                + "    Properties:\n"
                + "      ApiId: !Ref HttpApiId\n"
                + "      RouteKey: " + method + " " + path + "\n"
                + "      AuthorizationType: JWT\n"
                + "      AuthorizerId: !Ref AuthorizerId\n"
                + (scopes == null ? "" : "      AuthorizationScopes: " + scopes + "\n")
                + "      Target: !Sub 'integrations/${" + name + "Integration}'\n\n"
                + "  " + name + "Integration:\n"
                + "    Type: AWS::ApiGatewayV2::Integration\n"
                + "    Properties:\n"
                + "      ApiId: !Ref HttpApiId\n"
                + "      IntegrationType: AWS_PROXY\n"
                + "      IntegrationUri: !Ref " + name + "Function.Alias\n"
                + "      PayloadFormatVersion: '2.0'\n\n"
                + "  " + name + "Permission:\n"
                + "    Type: AWS::Lambda::Permission\n"
                + "    Properties:\n"
                + "      Action: lambda:InvokeFunction\n"
                + "      FunctionName: !Ref " + name + "Function.Alias\n"
                + "      Principal: apigateway.amazonaws.com\n"
                + "      SourceArn: !Sub 'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:"
                + "${HttpApiId}/*/" + method + arnPath + "'\n";
    }
}
