package com.clinic.aftersales.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.aftersales.followup.FollowUpTask.Status;
import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.aftersales.followup.FollowUps;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code FOLLOWUP#<code> / D02}: one item per visit and day, so a timer that fires twice meets its own task.
 * Open tasks are in gsi1 {@code FOLLOWUPS#OPEN} and in gsi2 under their owner, earliest due first; a cancelled
 * task keeps its item but leaves both indexes.
 */
public final class DynamoFollowUps implements FollowUps {
    private final ClinicTable table;

    public DynamoFollowUps(DynamoDbClient dynamo, String table) {
        this.table = new ClinicTable(dynamo, table);
    }

    @Override
    public boolean create(FollowUpTask t) {
        return table.putIfAbsent(toItem(t));
    }

    private static Map<String, AttributeValue> toItem(FollowUpTask t) {
        Attrs.Item item = item().put("pk", "FOLLOWUP#" + t.visitCode()).put("sk", String.format("D%02d", t.day()))
                .put("type", "FOLLOWUP").put("visitCode", t.visitCode()).put("day", t.day())
                .put("dueDate", t.dueDate().toString()).put("dueAt", t.dueAt()).put("status", t.status().name())
                .put("customerName", t.customerName()).put("phone", t.phone())
                .put("owner", Attrs.staff(t.owner())).put("createdAt", t.createdAt());
        if (t.status() == Status.OPEN) {
            String order = t.dueDate() + "#" + t.visitCode() + "#" + String.format("D%02d", t.day());
            item.put("gsi1pk", "FOLLOWUPS#OPEN").put("gsi1sk", order)
                    .put("gsi2pk", "OWNER#" + t.owner().id()).put("gsi2sk", order);
        }
        return item.build();
    }

    @Override
    public Page<FollowUpTask> open(String ownerId, PageRequest page) {
        return ownerId == null
                ? table.query("gsi1", "gsi1pk", "FOLLOWUPS#OPEN", page, DynamoFollowUps::fromItem)
                : table.query("gsi2", "gsi2pk", "OWNER#" + ownerId, page, DynamoFollowUps::fromItem);
    }

    @Override
    public void cancelOpen(String visitCode) {
        move(visitCode, Status.OPEN, Status.CANCELLED);
    }

    @Override
    public void reopen(String visitCode) {
        move(visitCode, Status.CANCELLED, Status.OPEN);
    }

    /** Rewrites the visit's tasks in one state into another (at most three items), each only while unchanged. */
    private void move(String visitCode, Status from, Status to) {
        table.client().query(b -> b.tableName(table.name()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("FOLLOWUP#" + visitCode))).consistentRead(true))
                .items().stream().map(DynamoFollowUps::fromItem).filter(t -> t.status() == from)
                .forEach(t -> table.putIf(toItem(new FollowUpTask(t.visitCode(), t.day(), t.dueDate(), t.dueAt(),
                        to, t.customerName(), t.phone(), t.owner(), t.createdAt())), "#s = :from",
                        Map.of("#s", "status"), Map.of(":from", s(from.name()))));
    }

    private static FollowUpTask fromItem(Map<String, AttributeValue> i) {
        LocalDate due = LocalDate.parse(str(i, "dueDate"));
        return new FollowUpTask(str(i, "visitCode"), Attrs.num(i, "day").intValue(), due,
                i.containsKey("dueAt") ? Attrs.instant(i, "dueAt") : null,
                i.containsKey("status") ? Status.valueOf(str(i, "status")) : Status.OPEN,
                str(i, "customerName"), str(i, "phone"), Attrs.staff(Attrs.map(i, "owner")),
                Attrs.instant(i, "createdAt"));
    }
}
