package com.clinic.infra.dynamodb;

import static com.clinic.infra.dynamodb.Attrs.item;
import static com.clinic.infra.dynamodb.Attrs.str;

import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.exam.QuarantinedFile;
import com.clinic.model.port.ExamQuarantine;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code QUARANTINE#EXAM / <key>}: one entry per unmatched file; the same file again overwrites its entry. */
public final class DynamoExamQuarantine implements ExamQuarantine {
    private final ClinicTable table;

    public DynamoExamQuarantine(DynamoDbClient dynamo, String table) {
        this.table = new ClinicTable(dynamo, table);
    }

    @Override
    public void keep(QuarantinedFile f) {
        table.client().putItem(b -> b.tableName(table.name()).item(item().put("pk", "QUARANTINE#EXAM").put("sk", f.key())
                .put("type", "QUARANTINED_FILE").put("key", f.key()).put("size", f.size())
                .put("reason", f.reason()).put("at", f.at()).build()));
    }

    @Override
    public Page<QuarantinedFile> list(PageRequest page) {
        return table.query(null, "pk", "QUARANTINE#EXAM", page, DynamoExamQuarantine::fromItem);
    }

    private static QuarantinedFile fromItem(Map<String, AttributeValue> i) {
        return new QuarantinedFile(str(i, "key"), Attrs.num(i, "size"), str(i, "reason"), Attrs.instant(i, "at"));
    }
}
