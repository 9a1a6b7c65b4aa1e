package com.clinic.journey.dynamodb;

import com.clinic.journey.visit.ArrivalPlan;
import com.clinic.journey.visit.BookingForm.BookAppointment;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.TransportMode;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Loads many records at once for the scale benchmark, as the store writes them (same items, same index keys), in
 * batches of 25 without audit records. Lives in the adapter's package to use its item mapping.
 */
public final class BenchLoader {
    private final DynamoDbClient dynamo;
    private final String table;

    public BenchLoader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Booked visits number {@code from} … {@code from + count - 1}, arriving a second apart after {@code start}. */
    public void loadBooked(int count, int from, Instant start) {
        StaffRef sales = new StaffRef("bench", "基准");
        put(IntStream.range(from, from + count).mapToObj(i -> {
            String code = String.format("VBENCH-%07d", i);
            return VisitItems.toItem(Visit.book(code, "C-" + code, new BookAppointment(
                    new CustomerProfile("客户" + i, String.format("139%08d", i), Gender.UNKNOWN, null, List.of(), null,
                            null),
                    new ArrivalPlan(start.plusSeconds(i), TransportMode.TRAIN, "G1", "东站")), sales, start).after());
        }));
    }

    /** Items as the store writes them, in batches of 25. */
    public void put(Stream<Map<String, AttributeValue>> items) {
        List<WriteRequest> batch = new ArrayList<>();
        items.forEach(item -> {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (batch.size() == 25) {
                write(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse r = dynamo.batchWriteItem(b -> b.requestItems(request));
            pending = r.unprocessedItems();
        }
    }
}
