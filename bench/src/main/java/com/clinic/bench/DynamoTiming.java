package com.clinic.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * Counts DynamoDB round trips, the time spent in them, and the capacity they consumed (asking every request to
 * return it), so the benchmark can tell the store's time from the function's own.
 */
final class DynamoTiming implements ExecutionInterceptor {
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("bench.started");

    final AtomicInteger calls = new AtomicInteger();
    final AtomicLong nanos = new AtomicLong();
    final AtomicLong readMilliUnits = new AtomicLong();
    final AtomicLong writeMilliUnits = new AtomicLong();
    /** The part of the write units spent on the global secondary indexes. */
    final AtomicLong indexWriteMilliUnits = new AtomicLong();
    /** The items the requests wrote (puts, alone or in a transaction), with whether a transaction wrote them. */
    final List<Written> written = new CopyOnWriteArrayList<>();

    record Written(Map<String, AttributeValue> item, boolean transactional) {
    }

    void reset() {
        written.clear();
        indexWriteMilliUnits.set(0);
        calls.set(0);
        nanos.set(0);
        readMilliUnits.set(0);
        writeMilliUnits.set(0);
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest r = context.request();
        ReturnConsumedCapacity total = ReturnConsumedCapacity.INDEXES;
        if (r instanceof GetItemRequest g) {
            return g.toBuilder().returnConsumedCapacity(total).build();
        }
        if (r instanceof BatchGetItemRequest g) {
            return g.toBuilder().returnConsumedCapacity(total).build();
        }
        if (r instanceof QueryRequest q) {
            return q.toBuilder().returnConsumedCapacity(total).build();
        }
        if (r instanceof PutItemRequest p) {
            written.add(new Written(p.item(), false));
            return p.toBuilder().returnConsumedCapacity(total).build();
        }
        if (r instanceof TransactWriteItemsRequest t) {
            t.transactItems().stream().filter(i -> i.put() != null)
                    .forEach(i -> written.add(new Written(i.put().item(), true)));
            return t.toBuilder().returnConsumedCapacity(total).build();
        }
        return r;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        nanos.addAndGet(System.nanoTime() - attributes.getAttribute(STARTED));
        calls.incrementAndGet();
    }

    @Override
    public void afterUnmarshalling(Context.AfterUnmarshalling context, ExecutionAttributes attributes) {
        Object r = context.response();
        if (r instanceof GetItemResponse g) {
            read(g.consumedCapacity());
        } else if (r instanceof QueryResponse q) {
            read(q.consumedCapacity());
        } else if (r instanceof BatchGetItemResponse b) {
            b.consumedCapacity().forEach(this::read);
        } else if (r instanceof PutItemResponse p) {
            write(p.consumedCapacity());
        } else if (r instanceof TransactWriteItemsResponse t) {
            t.consumedCapacity().forEach(this::write);
        }
    }

    private void read(ConsumedCapacity c) {
        if (c != null && c.capacityUnits() != null) {
            readMilliUnits.addAndGet(Math.round(c.capacityUnits() * 1000));
        }
    }

    private void write(ConsumedCapacity c) {
        if (c != null && c.capacityUnits() != null) {
            writeMilliUnits.addAndGet(Math.round(c.capacityUnits() * 1000));
            if (c.hasGlobalSecondaryIndexes()) {
                c.globalSecondaryIndexes().values().forEach(i -> indexWriteMilliUnits.addAndGet(
                        Math.round(i.capacityUnits() * 1000)));
            }
        }
    }
}
