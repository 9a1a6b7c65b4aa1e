package com.clinic.platform.dynamodb;

import com.clinic.platform.command.Aggregate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How one kind of record lies in the clinic table: its key and its item, both ways. With its rules in the domain,
 * this is all a new kind brings; the command path's reads and transactions are {@link DynamoAggregateStore}'s.
 * The item carries a numeric {@code version} attribute, on which every write is conditional.
 */
public interface ItemMapping<A extends Aggregate> {
    Map<String, AttributeValue> key(String id);

    Map<String, AttributeValue> toItem(A record);

    A fromItem(Map<String, AttributeValue> item);

    /**
     * Items a change adds beside the record, written in its transaction: entries of the record's own lists that
     * a list across records reads (a loan's dunning contacts and recoveries). None by default.
     */
    default List<Map<String, AttributeValue>> entries(A before, A after) {
        return List.of();
    }
}
