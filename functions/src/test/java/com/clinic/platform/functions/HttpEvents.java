package com.clinic.platform.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.clinic.platform.Role;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** API Gateway v2 events as the HTTP API sends them after its JWT authorizer accepted the token. */
public final class HttpEvents {
    private HttpEvents() {
    }

    public static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> pathParameters,
                                              String body, String userId, Role... roles) {
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = null;
        if (userId != null) {
            Map<String, String> claims = new HashMap<>();
            claims.put("sub", userId);
            claims.put("name", "测试" + userId);
            claims.put("cognito:groups",
                    Arrays.stream(roles).map(Role::name).collect(Collectors.joining(" ", "[", "]")));
            authorizer = APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build())
                    .build();
        }
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(method + " " + path)
                .withRawPath(path).withPathParameters(pathParameters).withBody(body)
                .withHeaders(new HashMap<>(Map.of("content-type", "application/json")))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withAuthorizer(authorizer)
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                                .build())
                        .build())
                .build();
    }
}
