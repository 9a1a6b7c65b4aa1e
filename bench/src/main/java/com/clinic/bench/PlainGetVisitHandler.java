package com.clinic.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The baseline: a plain aws-lambda-java-core handler with the same SDK client setup as the functions (URL
 * connection client, region and credentials given, endpoint from the environment) making the same kind of
 * DynamoDB call (a consistent GetItem of a visit), answering its stage. No framework, no mapping.
 */
public class PlainGetVisitHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final DynamoDbClient dynamo = PlainClients.configure(DynamoDbClient.builder(), "DYNAMODB").build();
    private final String table = System.getenv("CLINIC_TABLE");

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String code = event.getPathParameters().get("code");
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("VISIT#" + code), "sk", AttributeValue.fromS("VISIT")))).item();
        return APIGatewayV2HTTPResponse.builder().withStatusCode(item.isEmpty() ? 404 : 200)
                .withBody("{\"code\":\"" + code + "\",\"stage\":\"" + item.get("stage").s() + "\"}").build();
    }
}
