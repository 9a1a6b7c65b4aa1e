package com.clinic.program.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.program.readings.Readings;
import com.clinic.program.readings.Readings.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@code READINGS#<programId> / R#<metric>#<measuredAt>#<deviceId>}: one item per reading, so a device's repeat
 * writes the same item again; a metric's readings are a key range, in time order. Written 25 at a time.
 */
public final class DynamoReadings implements Readings.ReadingLog {
    private static final int BATCH = 25;
    private final ClinicTable table;

    public DynamoReadings(ClinicTable table) {
        this.table = table;
    }

    @Override
    public void record(List<Reading> readings) {
        List<WriteRequest> writes = readings.stream().distinct().map(r -> WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item().put("pk", "READINGS#" + r.programId())
                        .put("sk", "R#" + r.key()).put("type", "READING").put("programId", r.programId())
                        .put("metric", r.metric().name()).put("value", r.value()).put("source", r.source().name())
                        .put("deviceId", r.deviceId()).put("measuredAt", r.measuredAt()).build()).build()).build())
                .toList();
        for (int i = 0; i < writes.size(); i += BATCH) {
            Map<String, List<WriteRequest>> pending = Map.of(table.name(),
                    new ArrayList<>(writes.subList(i, Math.min(writes.size(), i + BATCH))));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> ask = pending;
                var answer = table.client().batchWriteItem(b -> b.requestItems(ask));
                pending = answer.hasUnprocessedItems() && !answer.unprocessedItems().isEmpty()
                        ? answer.unprocessedItems() : Map.of();
            }
        }
    }

    @Override
    public Page<Reading> list(String programId, Readings.Metric metric, PageRequest page) {
        String prefix = "R#" + metric + "#";
        return table.query(null, "pk", "READINGS#" + programId, new ClinicTable.Range(prefix, prefix + "~"), page, true,
                DynamoReadings::reading);
    }

    @Override
    public List<Reading> all(String programId) {
        List<Reading> out = new ArrayList<>();
        String next = null;
        do {
            Page<Reading> page = table.query(null, "pk", "READINGS#" + programId, new ClinicTable.Range("R#", "R#~"),
                    new PageRequest(PageRequest.MAX_LIMIT, next), true, DynamoReadings::reading);
            out.addAll(page.items());
            next = page.next();
        } while (next != null);
        return out;
    }

    private static Reading reading(Map<String, AttributeValue> i) {
        return new Reading(str(i, "programId"), Readings.Metric.valueOf(str(i, "metric")),
                new BigDecimal(i.get("value").n()), Readings.Source.valueOf(str(i, "source")), str(i, "deviceId"),
                instant(i, "measuredAt"));
    }
}
