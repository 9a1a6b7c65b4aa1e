package com.clinic.infra.dynamodb;

import static com.clinic.infra.dynamodb.Attrs.item;
import static com.clinic.infra.dynamodb.Attrs.str;

import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.followup.FollowUpTask;
import com.clinic.model.port.FollowUps;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code FOLLOWUP#<code> / D02}: one item per visit and day, so a timer that fires twice meets its own task.
 * Open tasks are in gsi1 {@code FOLLOWUPS#OPEN} and in gsi2 under their owner, earliest due first.
 */
public final class DynamoFollowUps implements FollowUps {
    private final ClinicTable table;

    public DynamoFollowUps(DynamoDbClient dynamo, String table) {
        this.table = new ClinicTable(dynamo, table);
    }

    @Override
    public boolean create(FollowUpTask t) {
        String order = t.dueDate() + "#" + t.visitCode() + "#" + String.format("D%02d", t.day());
        Map<String, AttributeValue> item = item().put("pk", "FOLLOWUP#" + t.visitCode())
                .put("sk", String.format("D%02d", t.day())).put("type", "FOLLOWUP").put("visitCode", t.visitCode())
                .put("day", t.day()).put("dueDate", t.dueDate().toString()).put("customerName", t.customerName())
                .put("phone", t.phone()).put("owner", VisitItems.staff(t.owner())).put("status", "OPEN")
                .put("createdAt", t.createdAt())
                .put("gsi1pk", "FOLLOWUPS#OPEN").put("gsi1sk", order)
                .put("gsi2pk", "OWNER#" + t.owner().id()).put("gsi2sk", order).build();
        return table.putIfAbsent(item);
    }

    @Override
    public Page<FollowUpTask> open(String ownerId, PageRequest page) {
        return ownerId == null
                ? table.query("gsi1", "gsi1pk", "FOLLOWUPS#OPEN", page, DynamoFollowUps::fromItem)
                : table.query("gsi2", "gsi2pk", "OWNER#" + ownerId, page, DynamoFollowUps::fromItem);
    }

    private static FollowUpTask fromItem(Map<String, AttributeValue> i) {
        return new FollowUpTask(str(i, "visitCode"), Attrs.num(i, "day").intValue(),
                LocalDate.parse(str(i, "dueDate")), str(i, "customerName"), str(i, "phone"),
                VisitItems.staff(Attrs.map(i, "owner")), Attrs.instant(i, "createdAt"));
    }
}
