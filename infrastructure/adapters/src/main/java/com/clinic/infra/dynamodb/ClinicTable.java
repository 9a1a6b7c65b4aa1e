package com.clinic.infra.dynamodb;

import static com.clinic.infra.dynamodb.Attrs.s;

import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The clinic table: its client, its name, and one page of one partition of it or of an index. */
final class ClinicTable {
    private final DynamoDbClient dynamo;
    private final String table;

    ClinicTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    DynamoDbClient client() {
        return dynamo;
    }

    String name() {
        return table;
    }

    /** Writes the item unless one with its key exists; false when it did (a re-delivery, a second firing). */
    boolean putIfAbsent(Map<String, AttributeValue> item) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Writes the item only while the condition holds; false when it did not (someone changed it first). */
    boolean putIf(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                  Map<String, AttributeValue> values) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    <T> Page<T> query(String index, String partitionAttribute, String partition, PageRequest page,
                      Function<Map<String, AttributeValue>, T> mapper) {
        return query(index, partitionAttribute, partition, page, true, mapper);
    }

    /** {@code forward} false lists the sort key descending (newest first for time-ordered keys). */
    <T> Page<T> query(String index, String partitionAttribute, String partition, PageRequest page, boolean forward,
                      Function<Map<String, AttributeValue>, T> mapper) {
        Map<String, AttributeValue> start = PageTokens.decode(page.token(), partitionAttribute, partition);
        QueryResponse r = dynamo.query(b -> b.tableName(table).indexName(index)
                .keyConditionExpression("#p = :p")
                .expressionAttributeNames(Map.of("#p", partitionAttribute))
                .expressionAttributeValues(Map.of(":p", s(partition)))
                .scanIndexForward(forward).limit(page.limit()).exclusiveStartKey(start));
        return new Page<>(r.items().stream().map(mapper).toList(),
                r.hasLastEvaluatedKey() ? PageTokens.encode(r.lastEvaluatedKey()) : null);
    }
}
