package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * An HTTP API request (payload 2.0) as Lambda hands it to an HTTP function, read for the fields the functions use
 * (the route, path, headers, parameters, body and the verified claims; the rest of the event is skipped), and the
 * answer as the HTTP API takes it: the HTTP functions' {@link StreamEntry}.
 */
@Serdeable
record HttpExchange(String routeKey, String rawPath, Map<String, String> headers,
                    Map<String, String> queryStringParameters, Map<String, String> pathParameters, String body,
                    boolean isBase64Encoded, RequestContext requestContext)
        implements StreamEntry.Payload<APIGatewayV2HTTPEvent> {

    static final StreamEntry<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> ENTRY = new StreamEntry<>(
            HttpExchange.class, Answer::of, "{\"routeKey\":\"GET /\",\"rawPath\":\"/\",\"headers\":{\"a\":\"b\"},"
            + "\"pathParameters\":{\"code\":\"c\"},\"queryStringParameters\":{\"q\":\"r\"},\"body\":\"{}\","
            + "\"isBase64Encoded\":false,\"requestContext\":{\"authorizer\":{\"jwt\":{\"claims\":{\"sub\":\"s\"}}}}}",
            APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody("{}").build());

    @Serdeable
    record RequestContext(Authorizer authorizer) {
    }

    @Serdeable
    record Authorizer(Jwt jwt) {
    }

    @Serdeable
    record Jwt(Map<String, String> claims) {
    }

    @Serdeable
    record Answer(int statusCode, Map<String, String> headers, String body) {
        static Answer of(APIGatewayV2HTTPResponse response) {
            return new Answer(response.getStatusCode(), response.getHeaders(), response.getBody());
        }
    }

    @Override
    public APIGatewayV2HTTPEvent event() {
        var jwt = requestContext == null || requestContext.authorizer() == null
                || requestContext.authorizer().jwt() == null ? null : requestContext.authorizer().jwt();
        return APIGatewayV2HTTPEvent.builder().withRouteKey(routeKey).withRawPath(rawPath).withHeaders(headers)
                .withQueryStringParameters(queryStringParameters).withPathParameters(pathParameters).withBody(body)
                .withIsBase64Encoded(isBase64Encoded)
                .withRequestContext(jwt == null ? null : APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(jwt.claims()).build()).build()).build())
                .build();
    }
}
