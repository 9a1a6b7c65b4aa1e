package com.clinic.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.emulators.Template.HttpRoute;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.api.Problem;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Serves every route the stacks attach to the HTTP API as {@code sam local start-api} would: verifies the bearer token as
 * the JWT authorizer does (401 from the gateway itself), builds the API Gateway v2 event and invokes the handler.
 * Paths under {@code /_local/} are the local cloud's own (tokens, clock). Jetty serves it, so that a request
 * whose path cannot be decoded ({@code /visits/%ud800}) is still answered as the API answers bad input: a
 * problem document naming the path, not the server's own error page.
 */
final class LocalGateway {
    private record Route(String method, Pattern pattern, List<String> params, String template, String functionId,
                         List<String> scopes) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final LocalFunctions functions;
    private final LocalTokens tokens;
    private final Map<String, Function<Call, String>> localPaths;
    private final JsonMapper json;
    private final Server server;
    private final ServerConnector connector;

    /** A request as the gateway reads it: method, raw path and query, headers (lower-case), body, caller. */
    record Call(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body,
                String sourceIp) {
        /** The query decoded, as one string (a local route's parameter). */
        String query() {
            return rawQuery == null ? null : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8);
        }
    }

    /** An answer: status, headers, body (none when null). */
    private record Answer(int status, Map<String, String> headers, String body) {
    }

    LocalGateway(int port, List<HttpRoute> httpRoutes, LocalFunctions functions, LocalTokens tokens,
                 Map<String, Function<Call, String>> localPaths, JsonMapper json) throws Exception {
        this.json = json;
        this.functions = functions;
        this.tokens = tokens;
        this.localPaths = localPaths;
        httpRoutes.forEach(r -> routes.add(route(r.method(), r.path(), r.functionId(), scopes(r))));
        // as API Gateway matches: a literal segment wins over a {parameter} in the same place
        routes.sort(Comparator.comparing(Route::template, LocalGateway::moreSpecificFirst));
        server = new Server(new QueuedThreadPool(32, 4));
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Map<String, String> headers = new LinkedHashMap<>();
                for (HttpField f : request.getHeaders()) {
                    headers.merge(f.getName().toLowerCase(), f.getValue(), (a, b) -> a + "," + b);
                }
                byte[] body = org.eclipse.jetty.util.BufferUtil.toArray(Content.Source.asByteBuffer(request));
                Call call = new Call(request.getMethod().toUpperCase(), request.getHttpURI().getPath(),
                        request.getHttpURI().getQuery(), headers, body, Request.getRemoteAddr(request));
                answer(response, callback, serve(call));
                return true;
            }
        });
        // what Jetty refuses before any handler (a path it cannot decode, a malformed request line)
        server.setErrorHandler((request, response, callback) -> {
            Object status = request.getAttribute(org.eclipse.jetty.server.handler.ErrorHandler.ERROR_STATUS);
            answer(response, callback, problem(status instanceof Integer i && i >= 400 && i < 500 ? i : 400, "path",
                    "the path is not a well-formed URL path (percent-encoded UTF-8)"));
            return true;
        });
        server.start();
    }

    int port() {
        return connector.getLocalPort();
    }

    int routeCount() {
        return routes.size();
    }

    void stop() throws Exception {
        server.stop();
    }

    /**
     * Orders paths segment by segment with a literal before a {parameter} (a total order: lexicographic over the
     * segments, each written "0literal" or "1"), so of two routes a request could match the literal one comes first.
     */
    private static int moreSpecificFirst(String a, String b) {
        return Arrays.compare(specificity(a), specificity(b));
    }

    private static String[] specificity(String path) {
        return Arrays.stream(path.split("/")).map(seg -> seg.startsWith("{") ? "1" : "0" + seg)
                .toArray(String[]::new);
    }

    /** The route's AuthorizationScopes: a token must carry one of them (API Gateway answers 403 otherwise). */
    @SuppressWarnings("unchecked")
    private static List<String> scopes(HttpRoute r) {
        Object scopes = r.route().properties().get("AuthorizationScopes");
        return scopes instanceof List<?> l ? (List<String>) l : List.of();
    }

    private static Route route(String method, String path, String functionId, List<String> scopes) {
        List<String> params = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(last, m.start()))).append("([^/]+)");
            params.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        return new Route(method, Pattern.compile(regex.toString()), params, path, functionId, scopes);
    }

    private Answer serve(Call call) {
        try {
            if ("OPTIONS".equals(call.method())) {
                return new Answer(204, cors(Map.of()), null);
            }
            for (Map.Entry<String, Function<Call, String>> local : localPaths.entrySet()) {
                if (call.rawPath().startsWith(local.getKey())) {
                    try {
                        String body = local.getValue().apply(call);
                        return new Answer(body == null ? 404 : 200, Map.of("Content-Type", "application/json"), body);
                    } catch (IllegalArgumentException badQuery) {
                        return problem(400, "query", badQuery.getMessage());
                    }
                }
            }
            for (Route r : routes) {
                Matcher m = r.pattern().matcher(call.rawPath());
                if (r.method().equals(call.method()) && m.matches()) {
                    return invoke(call, r, m);
                }
            }
            return new Answer(404, Map.of("Content-Type", "application/json"), "{\"message\":\"Not Found\"}");
        } catch (RuntimeException e) {
            e.printStackTrace();
            return new Answer(500, Map.of("Content-Type", "application/json"),
                    "{\"message\":\"Internal Server Error\"}");
        }
    }

    private Answer invoke(Call call, Route route, Matcher m) {
        Map<String, String> claims = tokens.verify(call.headers().get("authorization"));
        if (claims == null) {
            return new Answer(401, cors(Map.of("Content-Type", "application/json", "www-authenticate", "Bearer")),
                    "{\"message\":\"Unauthorized\"}");
        }
        if (!route.scopes().isEmpty() && (claims.get("scope") == null
                || route.scopes().stream().noneMatch(List.of(claims.get("scope").split(" "))::contains))) {
            return new Answer(403, cors(Map.of("Content-Type", "application/json")), "{\"message\":\"Forbidden\"}");
        }
        Map<String, String> pathParams = new HashMap<>();
        for (int i = 0; i < route.params().size(); i++) {
            pathParams.put(route.params().get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
        }
        Instant now = Instant.now();
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0")
                .withRouteKey(route.method() + " " + route.template())
                .withRawPath(call.rawPath()).withRawQueryString(call.rawQuery() == null ? "" : call.rawQuery())
                .withHeaders(call.headers()).withQueryStringParameters(query(call.rawQuery()))
                .withPathParameters(pathParams.isEmpty() ? null : pathParams)
                .withBody(call.body().length == 0 ? null : new String(call.body(), StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey(route.method() + " " + route.template()).withStage("$default")
                        .withRequestId(UUID.randomUUID().toString()).withTimeEpoch(now.toEpochMilli())
                        .withTime(DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z").withZone(ZoneOffset.UTC)
                                .format(now))
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(route.method())
                                .withPath(call.rawPath()).withProtocol("HTTP/1.1")
                                .withSourceIp(call.sourceIp()).build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(claims).withScopes(null).build())
                                .build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = (APIGatewayV2HTTPResponse) functions.invoke(route.functionId(), event);
        return new Answer(response.getStatusCode(), cors(response.getHeaders() == null ? Map.of()
                : response.getHeaders()), response.getBody());
    }

    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            String k = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String v = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            out.merge(k, v, (a, b) -> a + "," + b);
        }
        return out;
    }

    /** The headers with the CORS ones API Gateway's CORS configuration adds. */
    private static Map<String, String> cors(Map<String, String> headers) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("Access-Control-Allow-Origin", "*");
        h.put("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key, If-Match");
        h.put("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
        h.put("Access-Control-Expose-Headers", "ETag, Location, Idempotent-Replayed");
        return h;
    }

    /** A problem document of the gateway's own, naming the part of the request at fault. */
    /** The API's own problem document for bad input, with the status the gateway answers (400, 414, 431…). */
    private Answer problem(int status, String field, String message) {
        Problem p = Problem.of(InvalidInput.of(field, message));
        try {
            return new Answer(status, Map.of("Content-Type", "application/problem+json"), json.writeValueAsString(
                    new Problem(p.type(), p.title(), status, p.detail(), p.errors())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void answer(Response response, Callback callback, Answer a) {
        response.setStatus(a.status());
        a.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        if (a.body() == null || a.body().isEmpty()) {
            callback.succeeded();
            return;
        }
        response.write(true, ByteBuffer.wrap(a.body().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
