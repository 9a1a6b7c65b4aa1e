package com.clinic.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.emulators.Template.HttpRoute;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
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
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves every route the stacks attach to the HTTP API as {@code sam local start-api} would: verifies the bearer token as
 * the JWT authorizer does (401 from the gateway itself), builds the API Gateway v2 event and invokes the handler.
 * Paths under {@code /_local/} are the local cloud's own (tokens, clock).
 */
final class LocalGateway {
    private record Route(String method, Pattern pattern, List<String> params, String template, String functionId,
                         List<String> scopes) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final LocalFunctions functions;
    private final LocalTokens tokens;
    private final Map<String, Function<HttpExchange, String>> localPaths;
    private final HttpServer server;

    LocalGateway(int port, List<HttpRoute> httpRoutes, LocalFunctions functions, LocalTokens tokens,
                 Map<String, Function<HttpExchange, String>> localPaths) throws IOException {
        this.functions = functions;
        this.tokens = tokens;
        this.localPaths = localPaths;
        httpRoutes.forEach(r -> routes.add(route(r.method(), r.path(), r.functionId(), scopes(r))));
        // as API Gateway matches: a literal segment wins over a {parameter} in the same place
        routes.sort(Comparator.comparing(Route::template, LocalGateway::moreSpecificFirst));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    int routeCount() {
        return routes.size();
    }

    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
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

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod().toUpperCase();
            if ("OPTIONS".equals(method)) {
                cors(exchange);
                send(exchange, 204, Map.of(), null);
                return;
            }
            for (Map.Entry<String, Function<HttpExchange, String>> local : localPaths.entrySet()) {
                if (path.startsWith(local.getKey())) {
                    String body = local.getValue().apply(exchange);
                    send(exchange, body == null ? 404 : 200, Map.of("Content-Type", "application/json"), body);
                    return;
                }
            }
            for (Route r : routes) {
                Matcher m = r.pattern().matcher(path);
                if (r.method().equals(method) && m.matches()) {
                    invoke(exchange, r, m);
                    return;
                }
            }
            send(exchange, 404, Map.of("Content-Type", "application/json"), "{\"message\":\"Not Found\"}");
        } catch (RuntimeException e) {
            e.printStackTrace();
            send(exchange, 500, Map.of("Content-Type", "application/json"),
                    "{\"message\":\"Internal Server Error\"}");
        }
    }

    private void invoke(HttpExchange exchange, Route route, Matcher m) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        Map<String, String> claims = tokens.verify(headers.get("authorization"));
        if (claims == null) {
            cors(exchange);
            send(exchange, 401, Map.of("Content-Type", "application/json", "www-authenticate", "Bearer"),
                    "{\"message\":\"Unauthorized\"}");
            return;
        }
        if (!route.scopes().isEmpty() && (claims.get("scope") == null
                || route.scopes().stream().noneMatch(List.of(claims.get("scope").split(" "))::contains))) {
            cors(exchange);
            send(exchange, 403, Map.of("Content-Type", "application/json"), "{\"message\":\"Forbidden\"}");
            return;
        }
        Map<String, String> pathParams = new HashMap<>();
        for (int i = 0; i < route.params().size(); i++) {
            pathParams.put(route.params().get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
        }
        String rawQuery = exchange.getRequestURI().getRawQuery();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Instant now = Instant.now();
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0")
                .withRouteKey(route.method() + " " + route.template())
                .withRawPath(exchange.getRequestURI().getRawPath()).withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(headers).withQueryStringParameters(query(rawQuery))
                .withPathParameters(pathParams.isEmpty() ? null : pathParams)
                .withBody(body.length == 0 ? null : new String(body, StandardCharsets.UTF_8)).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey(route.method() + " " + route.template()).withStage("$default")
                        .withRequestId(UUID.randomUUID().toString()).withTimeEpoch(now.toEpochMilli())
                        .withTime(DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z").withZone(ZoneOffset.UTC)
                                .format(now))
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(route.method())
                                .withPath(exchange.getRequestURI().getRawPath()).withProtocol("HTTP/1.1")
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress()).build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(claims).withScopes(null).build())
                                .build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = (APIGatewayV2HTTPResponse) functions.invoke(route.functionId(), event);
        cors(exchange);
        send(exchange, response.getStatusCode(), response.getHeaders() == null ? Map.of() : response.getHeaders(),
                response.getBody());
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

    private static void cors(HttpExchange exchange) {
        var h = exchange.getResponseHeaders();
        h.set("Access-Control-Allow-Origin", "*");
        h.set("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key, If-Match");
        h.set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
        h.set("Access-Control-Expose-Headers", "ETag, Location, Idempotent-Replayed");
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
