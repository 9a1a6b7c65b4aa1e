package com.clinic.clinical.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.key;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.clinical.exam.ExamQuarantine;
import com.clinic.clinical.exam.QuarantinedFile.Status;
import com.clinic.clinical.exam.QuarantinedFile;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code QUARANTINE#<id> / FILE}: one entry per unmatched file (the id comes from its key, so the same file
 * reported again is the same entry). While open it is in gsi1 {@code QUARANTINE#OPEN}, oldest first; a closed
 * entry keeps its item with how it was closed, and leaves the list.
 */
public final class DynamoExamQuarantine implements ExamQuarantine {
    private static final String OPEN = "QUARANTINE#OPEN";
    private final ClinicTable table;

    public DynamoExamQuarantine(DynamoDbClient dynamo, String table) {
        this.table = new ClinicTable(dynamo, table);
    }

    @Override
    public void keep(QuarantinedFile f) {
        table.putIfAbsent(toItem(f));
    }

    @Override
    public Page<QuarantinedFile> list(PageRequest page) {
        return table.query("gsi1", "gsi1pk", OPEN, page, DynamoExamQuarantine::fromItem);
    }

    @Override
    public Optional<QuarantinedFile> find(String id) {
        Map<String, AttributeValue> i = table.client().getItem(b -> b.tableName(table.name())
                .key(key("QUARANTINE#" + id, "FILE")).consistentRead(true)).item();
        return i == null || i.isEmpty() ? Optional.empty() : Optional.of(fromItem(i));
    }

    @Override
    public boolean resolve(QuarantinedFile resolved) {
        return table.putIf(toItem(resolved), "#s = :open", Map.of("#s", "status"),
                Map.of(":open", s(Status.OPEN.name())));
    }

    private static Map<String, AttributeValue> toItem(QuarantinedFile f) {
        Attrs.Item item = item().put("pk", "QUARANTINE#" + f.id()).put("sk", "FILE").put("type", "QUARANTINED_FILE")
                .put("id", f.id()).put("key", f.key()).put("size", f.size()).put("reason", f.reason())
                .put("at", f.at()).put("status", f.status().name()).put("resolution", f.resolution())
                .put("resolvedAt", f.resolvedAt());
        if (f.resolvedBy() != null) {
            item.put("resolvedBy", Attrs.staff(f.resolvedBy()));
        }
        if (f.status() == Status.OPEN) {
            item.put("gsi1pk", OPEN).put("gsi1sk", f.at() + "#" + f.id());
        }
        return item.build();
    }

    private static QuarantinedFile fromItem(Map<String, AttributeValue> i) {
        return new QuarantinedFile(str(i, "id"), str(i, "key"), Attrs.num(i, "size"), str(i, "reason"),
                Attrs.instant(i, "at"), Status.valueOf(str(i, "status")), str(i, "resolution"),
                i.containsKey("resolvedBy") ? Attrs.staff(Attrs.map(i, "resolvedBy")) : null,
                Attrs.instant(i, "resolvedAt"));
    }
}
