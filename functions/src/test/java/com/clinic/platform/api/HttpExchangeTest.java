package com.clinic.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.emulators.Template;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an HTTP function reads of the HTTP API's event, and the answer as the HTTP API reads it. */
class HttpExchangeTest {
    static ApplicationContext context;
    static JsonMapper json;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run();
        json = context.getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theFieldsTheFunctionsUseArriveAndTheRestIsSkipped() throws Exception {
        byte[] sample = Files.readAllBytes(Template.locate().resolveSibling("events").resolve("GetVisitFunction.json"));
        APIGatewayV2HTTPEvent e = json.readValue(sample, HttpExchange.class).event();
        assertEquals("GET /visits/{code}", e.getRouteKey());
        assertEquals("/prod/visits/V261123-A1B2C3", e.getRawPath());
        assertEquals(Map.of("code", "V261123-A1B2C3"), e.getPathParameters());
        assertEquals("223.104.63.12", e.getHeaders().get("x-forwarded-for"));
        assertEquals("[DISPATCHER]", e.getRequestContext().getAuthorizer().getJwt().getClaims().get("cognito:groups"));
        assertEquals("1795356000", e.getRequestContext().getAuthorizer().getJwt().getClaims().get("exp"));
        assertEquals(null, e.getBody());

        APIGatewayV2HTTPEvent bare = json.readValue("{\"routeKey\":\"POST /visits\",\"body\":\"eyJ9\","
                + "\"isBase64Encoded\":true,\"queryStringParameters\":{\"limit\":\"20\"}}", HttpExchange.class).event();
        assertNull(bare.getRequestContext(), "no authorizer: no claims, so the request is unauthenticated");
        assertEquals("eyJ9", bare.getBody());
        assertEquals(true, bare.getIsBase64Encoded());
        assertEquals("20", bare.getQueryStringParameters().get("limit"));
    }

    @Test
    void theAnswerCarriesStatusHeadersAndBody() throws Exception {
        String written = new String(json.writeValueAsBytes(HttpExchange.Answer.of(APIGatewayV2HTTPResponse.builder()
                .withStatusCode(404).withHeaders(Map.of("Content-Type", "application/problem+json; charset=utf-8"))
                .withBody("{\"status\":404}").build())), StandardCharsets.UTF_8);
        assertEquals("{\"statusCode\":404,\"headers\":{\"Content-Type\":\"application/problem+json; charset=utf-8\"},"
                + "\"body\":\"{\\\"status\\\":404}\"}", written);
    }
}
