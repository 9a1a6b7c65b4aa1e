package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.platform.Actor;
import com.clinic.platform.ClinicException;
import com.clinic.platform.Forbidden;
import com.clinic.platform.Role;
import com.clinic.platform.config.AtStart;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import com.clinic.journey.visit.Visit;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.LoggerFactory;

/**
 * Base of every HTTP function: authenticates from the verified claims, checks the class's {@link AllowedRoles},
 * runs {@link #handle} and maps the domain's refusals to problem documents. Subclasses only parse, call the
 * domain and shape the answer.
 */
@SerdeImport(com.clinic.platform.FieldError.class)
public abstract class ApiFunction extends ClinicFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>
        implements RequestStreamHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiFunction.class);

    protected final JsonMapper json = bean(JsonMapper.class);

    private final Set<Role> allowed = allowedRoles(getClass());

    /** Lambda's constructor: starts this function's own application context. */
    protected ApiFunction() {
        super();
        AtStart.inBackground("http-json-at-start", () -> HttpExchange.ENTRY.rehearse(json));
    }

    /** Shares an application context, as the local cloud and the tests do for all functions. */
    protected ApiFunction(ApplicationContext context) {
        super(context);
    }

    protected abstract ApiResponse handle(ApiRequest request);

    /** Lambda's entry: see {@link StreamEntry}. */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpExchange.ENTRY.serve(json, input, output, event -> handleRequest(event, context));
    }

    public static Set<Role> allowedRoles(Class<?> type) {
        AllowedRoles a = type.getAnnotation(AllowedRoles.class);
        if (a == null) {
            throw new IllegalStateException(type + " declares no @AllowedRoles");
        }
        return EnumSet.copyOf(Arrays.asList(a.value()));
    }

    /**
     * Before a snapshot: answers a request whose visit does not exist, as a dispatcher would send it. That loads
     * the handler, JSON reading and writing, the problem mapping and the DynamoDB client, and opens its
     * connection; it changes nothing (the answer is a 4xx at the latest when the visit is read).
     */
    @Override
    protected void prime() {
        HttpExchange.ENTRY.rehearse(json);
        Map<String, String> claims = Map.of("sub", "snapstart-priming", "name", "priming",
                "cognito:groups", "[" + allowed.iterator().next().name() + "]");
        execute(APIGatewayV2HTTPEvent.builder().withRouteKey("PRIME").withRawPath("/prime")
                .withPathParameters(Map.of("code", "PRIMING", "id", "PRIMING")).withHeaders(new HashMap<>())
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(claims).build()).build()).build())
                .build());
    }

    /**
     * The answer to one request. Its log lines carry the route and the record it concerns as JSON fields: the
     * visit code of the path ({@code visit}) or the collection and id of any other record ({@code record}, as
     * {@code programs/<id>}), never a body: bodies hold names, phone numbers and health data. The runtime's
     * request id ({@code AWSRequestId}) is put there by Micronaut for every invocation.
     */
    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        Map<String, String> path = event.getPathParameters() == null ? Map.of() : event.getPathParameters();
        String code = path.get("code");
        try (MDC.MDCCloseable route = MDC.putCloseable("route", event.getRouteKey());
             MDC.MDCCloseable visit = MDC.putCloseable("visit", code != null && Visit.isCode(code) ? code : null);
             MDC.MDCCloseable record = MDC.putCloseable("record", record(event.getRouteKey(), path.get("id")))) {
            return answer(event);
        }
    }

    /** {@code programs/P1} for {@code POST /programs/{id}/…}; ids are generated, never personal data. */
    static String record(String routeKey, String id) {
        if (routeKey == null || id == null || !routeKey.contains("/{id}")) {
            return null;
        }
        String collection = routeKey.substring(routeKey.indexOf('/') + 1, routeKey.indexOf("/{id}"));
        return collection.substring(collection.lastIndexOf('/') + 1) + "/" + id;
    }

    private APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event) {
        try {
            Actor actor = Claims.actor(event).actingAs(allowed);
            if (actor.roles().isEmpty()) {
                throw new Forbidden("this action needs one of the roles " + allowed);
            }
            ApiResponse r = handle(new ApiRequest(event, actor));
            return respond(r.status(), "application/json", r.body(), r.headers());
        } catch (ClinicException e) {
            Problem p = Problem.of(e);
            return respond(p.status(), "application/problem+json", p, Map.of());
        } catch (RuntimeException e) {
            LOG.error("request {} {} failed", event.getRouteKey(), event.getRawPath(), e);
            return respond(500, "application/problem+json", Problem.internal(), Map.of());
        }
    }

    private APIGatewayV2HTTPResponse respond(int status, String type, Object body, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        String text = null;
        if (body != null) {
            headers.put("Content-Type", type + "; charset=utf-8");
            try {
                text = json.writeValueAsString(body);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the answer", e);
            }
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(text).build();
    }
}
