package com.clinic.platform.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Reading a small partition whole (a catalogue, a role's staff, an audit trail), page after page. */
public final class Queries {
    private Queries() {
    }

    /** Every item the query answers, following DynamoDB's pages to the last. */
    public static List<Map<String, AttributeValue>> all(DynamoDbClient dynamo, Consumer<QueryRequest.Builder> query) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse r = dynamo.query(b -> query.accept(b.exclusiveStartKey(from)));
            out.addAll(r.items());
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }
}
