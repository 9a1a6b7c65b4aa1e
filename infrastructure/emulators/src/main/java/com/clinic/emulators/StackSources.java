package com.clinic.emulators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The department stacks are written short ({@code stacks/src/<name>.yaml.in}: inputs, not templates, so no
 * template linter reads them as one): a route is one resource of type
 * {@code Clinic::Route} naming its route, its handler and its function's policies (and the token scopes it
 * wants, if any). This expands each into what API Gateway and Lambda need — the function, the route with the JWT
 * authorizer, the proxy integration and the permission for the API to invoke the function's alias — and leaves
 * everything else as written. A resource of type {@code Clinic::FunctionAlarms} naming its department becomes the
 * stack's alarms on its functions' errors and throttles: every function of the stack is in one of them, ten to an
 * alarm (the most metrics one metric-math alarm may read). {@code Globals: Clinic::DepartmentGlobals <department>}
 * becomes what every department's functions share: their artifact, the runtime chosen by the {@code SnapStart}
 * parameter (the custom runtime with the Java layer where SnapStart is not offered), logs, environment.
 * {@code stacks/*.yaml} are the expansions (what
 * {@code sam build} reads); {@code StackSourcesTest} holds them to their sources.
 */
public final class StackSources {
    private static final Pattern ROUTE = Pattern.compile("(?m)^  (\\w+):\\n    Type: Clinic::Route\\n"
            + "    Properties:\\n      Route: (\\S+) (\\S+)\\n      Handler: ([\\w.]+)\\n"
            + "(?:      Scopes: (.*)\\n)?      Policies:\\n((?:        .*\\n)+)");

    private static final Pattern ALARMS = Pattern.compile("(?m)^  FunctionAlarms:\\n    Type: Clinic::FunctionAlarms\\n"
            + "    Properties:\\n      Department: (\\S+)\\n");
    private static final Pattern GLOBALS = Pattern.compile("(?m)^Globals: Clinic::DepartmentGlobals (\\S+)\\n");
    private static final Pattern FUNCTION = Pattern.compile("(?m)^  (\\w+):\\n    Type: AWS::Serverless::Function\\n");
    /** A metric-math alarm reads at most ten metrics. */
    private static final int PER_ALARM = 10;

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
        Matcher g = GLOBALS.matcher(out);
        return alarms(g.find() ? g.replaceFirst(Matcher.quoteReplacement(globals(g.group(1)))) : out.toString());
    }

    /** The alarms on every function of the expanded stack, where its source asks for them. */
    private static String alarms(String stack) {
        Matcher m = ALARMS.matcher(stack);
        if (!m.find()) {
            return stack;
        }
        List<String> functions = new ArrayList<>();
        Matcher f = FUNCTION.matcher(stack);
        while (f.find()) {
            functions.add(f.group(1));
        }
        StringBuilder alarms = new StringBuilder();
        for (int from = 0, n = 1; from < functions.size(); from += PER_ALARM, n++) {
            List<String> group = functions.subList(from, Math.min(functions.size(), from + PER_ALARM));
            alarms.append(alarm(m.group(1), "Errors", n, group,
                    "failed: an error it did not answer, a timeout or out of memory")).append('\n');
            alarms.append(alarm(m.group(1), "Throttles", n, group,
                    "was throttled: Lambda had no concurrency left to run it")).append('\n');
        }
        return stack.substring(0, m.start()) + alarms.toString().stripTrailing() + "\n"
                + stack.substring(m.end());
    }

    /**
     * Where SnapStart is offered, Lambda's Java 21 on Graviton restores each function from its snapshot; where it is
     * not (the China regions), the custom runtime starts the layer's Java with the archive in the artifact
     * (docs/deploying.md). That Java is linked from the build's JDK, x86_64, as is the archive it wrote.
     */
    private static String globals(String department) {
        return """
                Conditions:
                  CustomRuntime: !Equals [!Ref SnapStart, None]

                Globals:
                  Function:
                    Runtime: !If [CustomRuntime, provided.al2023, java21]
                    Architectures: !If [CustomRuntime, [x86_64], [arm64]]
                    Layers: !If [CustomRuntime, [!Ref JavaRuntimeLayerArn], !Ref AWS::NoValue]
                    MemorySize: 1024
                    Timeout: 20
                    Tracing: Active
                    CodeUri: ../functions/target/lambda/%s.zip
                    AutoPublishAlias: live
                    SnapStart:
                      ApplyOn: !Ref SnapStart
                    LoggingConfig:
                      LogFormat: JSON
                      LogGroup: !Ref LogGroupName
                      ApplicationLogLevel: INFO
                      SystemLogLevel: INFO   # keeps START and REPORT (duration, memory, SnapStart restore time)
                    Environment:
                      Variables:
                        CLINIC_TABLE: !Ref TableName
                        CLINIC_FILES_BUCKET: !Ref FilesBucketName
                        CLINIC_NOTIFICATIONS_QUEUE: !Ref NotificationsQueueUrl
                        CLINIC_PRINT_QUEUE: !Ref PrintQueueUrl
                        CLINIC_TIMER_GROUP: !Ref TimerGroupName
                        CLINIC_TIMER_ROLE: !Ref TimerRoleArn
                        CLINIC_TIMER_DLQ: !Ref TimerDeadLetterQueueArn
                        # Timer targets are named <root stack>-<function>: a function cannot reference its own ARN.
                        CLINIC_TIMER_TARGET_PREFIX: !Sub 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${AppName}-'
                        CLINIC_NAME: !Ref ClinicName
                        JAVA_TOOL_OPTIONS: -XX:+TieredCompilation -XX:TieredStopAtLevel=1
                """.formatted(department);
    }

    private static String alarm(String department, String metric, int n, List<String> functions, String what) {
        // logical ids are unique across the deployment's stacks: each department's carry its name
        String id = Arrays.stream(department.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining()) + metric;
        StringBuilder metrics = new StringBuilder();
        for (int i = 0; i < functions.size(); i++) {
            metrics.append("        - Id: m").append(i + 1).append('\n')
                    .append("          ReturnData: false\n")
                    .append("          MetricStat:\n")
                    .append("            Metric:\n")
                    .append("              Namespace: AWS/Lambda\n")
                    .append("              MetricName: ").append(metric).append('\n')
                    .append("              Dimensions: [{Name: FunctionName, Value: !Ref ").append(functions.get(i))
                    .append("}]\n")
                    .append("            Period: 300\n")
                    .append("            Stat: Sum\n");
        }
        return "  " + id + "Alarm" + n + ":\n"
                + "    Type: AWS::CloudWatch::Alarm\n"
                + "    Properties:\n"
                + "      AlarmName: !Sub '${AppName}-" + department + "-" + metric.toLowerCase() + "-" + n + "'\n"
                + "      AlarmDescription: '" + department + ": a function " + what + " ("
                + functions.stream().map(name -> name.replaceAll("Function$", "")).collect(Collectors.joining(", "))
                + "). docs/first-deployment.md#alarms'\n"
                + "      Metrics:\n"
                + "        - Id: total\n"
                + "          Expression: SUM(METRICS())\n"
                + "          Label: " + metric.toLowerCase() + "\n"
                + metrics
                + "      EvaluationPeriods: 1\n"
                + "      Threshold: 0\n"
                + "      ComparisonOperator: GreaterThanThreshold\n"
                + "      TreatMissingData: notBreaching\n"
                + "      AlarmActions: [!Ref AlarmTopicArn]\n";
    }

    private static String route(String name, String method, String path, String handler, String scopes,
                                String policies) {
        String arnPath = path.replaceAll("\\{[^}]+}", "*");
        return "  " + name + "Function:\n"
                + "    Type: AWS::Serverless::Function\n"
                + "    Properties:\n"
                + "      Handler: " + handler + "\n"
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
