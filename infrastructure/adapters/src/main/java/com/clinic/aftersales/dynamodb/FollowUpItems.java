package com.clinic.aftersales.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.aftersales.followup.FollowUpTask.Call;
import com.clinic.aftersales.followup.FollowUpTask.CareNote;
import com.clinic.aftersales.followup.FollowUpTask.Recording;
import com.clinic.aftersales.followup.FollowUpTask.Status;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ItemMapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code FOLLOWUP#<code> / D07}: one item per visit and day, so a timer that fires twice meets its own task. An
 * open task lies in gsi1 {@code FOLLOWUPS#OPEN} and in gsi2 under its owner, earliest due first (a done or
 * cancelled one leaves both). Each call ({@code CALL#<id>}) and the care note ({@code CARE#D07}) are copied beside
 * it, in the change's transaction, for the lists across tasks ({@link RecordLists}: CALLS, CARENOTES).
 */
public final class FollowUpItems {
    static final String CALLS = "CALLS";
    static final String CARE_NOTES = "CARENOTES";

    private FollowUpItems() {
    }

    static String pk(String visitCode) {
        return "FOLLOWUP#" + visitCode;
    }

    static String sk(int day) {
        return String.format("D%02d", day);
    }

    public static final ItemMapping<FollowUpTask> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            int at = id.lastIndexOf("-D");
            return Attrs.key(pk(id.substring(0, at)), id.substring(at + 1));
        }

        @Override
        public Map<String, AttributeValue> toItem(FollowUpTask t) {
            Attrs.Item item = task(item(), t).put("pk", pk(t.visitCode())).put("sk", sk(t.day()))
                    .put("type", "FOLLOWUP").put("dueDate", t.dueDate().toString()).put("dueAt", t.dueAt())
                    .put("status", t.status().name()).put("owner", staff(t.owner())).put("createdAt", t.createdAt())
                    .put("operationDate", t.operationDate().toString())
                    .putList("procedures", t.procedures().stream().map(Attrs::s).toList())
                    .putList("calls", maps(t.calls(), FollowUpItems::call)).put("version", t.version());
            if (t.careNote() != null) {
                item.put("careNote", careNote(t.careNote()));
            }
            if (t.status() == Status.OPEN) {
                String order = t.dueDate() + "#" + t.visitCode() + "#" + sk(t.day());
                item.put("gsi1pk", "FOLLOWUPS#OPEN").put("gsi1sk", order)
                        .put("gsi2pk", "OWNER#" + t.owner().id()).put("gsi2sk", order);
            }
            return item.build();
        }

        /** New or changed calls, and the care note when it is written. */
        @Override
        public List<Map<String, AttributeValue>> entries(FollowUpTask before, FollowUpTask after) {
            List<Map<String, AttributeValue>> out = new ArrayList<>();
            for (Call c : after.calls()) {
                if (before == null || !before.call(c.id()).equals(Optional.of(c))) {
                    out.add(RecordLists.keys(entry(after, "CALL#" + c.id()), CALLS, c.startedAt(), c.id(),
                            c.caller().id(), after.phone()).put("call", call(c)).build());
                }
            }
            if (after.careNote() != null && (before == null || !Objects.equals(before.careNote(), after.careNote()))) {
                CareNote n = after.careNote();
                out.add(RecordLists.keys(entry(after, "CARE#" + sk(after.day())), CARE_NOTES, n.at(), after.id(),
                        n.by().id(), after.phone()).put("careNote", careNote(n)).build());
            }
            return out;
        }

        @Override
        public FollowUpTask fromItem(Map<String, AttributeValue> i) {
            return new FollowUpTask(str(i, "visitCode"), num(i, "day").intValue(),
                    LocalDate.parse(str(i, "operationDate")), Attrs.strings(i, "procedures"),
                    LocalDate.parse(str(i, "dueDate")), instant(i, "dueAt"), Status.valueOf(str(i, "status")),
                    str(i, "customerName"), str(i, "phone"), staff(map(i, "owner")), instant(i, "createdAt"),
                    objects(i, "calls", FollowUpItems::call),
                    i.containsKey("careNote") ? careNote(map(i, "careNote")) : null, num(i, "version"));
        }
    };

    private static Attrs.Item task(Attrs.Item item, FollowUpTask t) {
        return item.put("id", t.id()).put("visitCode", t.visitCode()).put("day", t.day())
                .put("customerName", t.customerName()).put("phone", t.phone());
    }

    private static Attrs.Item entry(FollowUpTask t, String sk) {
        return task(item(), t).put("pk", pk(t.visitCode())).put("sk", sk).put("type", "FOLLOWUPENTRY");
    }

    static Map<String, AttributeValue> call(Call c) {
        Attrs.Item m = item().put("id", c.id()).put("caller", staff(c.caller())).put("startedAt", c.startedAt());
        if (c.recording() != null) {
            Recording r = c.recording();
            m.put("recording", item().put("key", r.key()).put("bytes", r.bytes())
                    .put("durationSeconds", r.durationSeconds()).put("linkedAt", r.linkedAt()).build());
        }
        return m.build();
    }

    static Call call(Map<String, AttributeValue> m) {
        Map<String, AttributeValue> r = m.containsKey("recording") ? map(m, "recording") : null;
        return new Call(str(m, "id"), staff(map(m, "caller")), instant(m, "startedAt"), r == null ? null
                : new Recording(str(r, "key"), num(r, "bytes"), num(r, "durationSeconds").intValue(),
                        instant(r, "linkedAt")));
    }

    static Map<String, AttributeValue> careNote(CareNote n) {
        return item().put("text", n.text()).put("by", staff(n.by())).put("at", n.at()).build();
    }

    static CareNote careNote(Map<String, AttributeValue> m) {
        return new CareNote(str(m, "text"), staff(map(m, "by")), instant(m, "at"));
    }
}
