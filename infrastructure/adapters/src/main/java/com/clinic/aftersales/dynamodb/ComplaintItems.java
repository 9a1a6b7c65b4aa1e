package com.clinic.aftersales.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.aftersales.complaint.Complaint;
import com.clinic.aftersales.complaint.Complaints;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.ItemMapping;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code COMPLAINT#<id> / COMPLAINT}: a complaint (C-26) with its edits and handling steps, on gsi1
 * {@code COMPLAINTS#<yyyy-MM>} by the Shanghai month it was raised; each new step is also an entry
 * {@code COMPLAINT#<id> / STEP#<nn>} on gsi1 {@code COMPLAINTSTEPS#<yyyy-MM>} for 客诉处理.
 */
public final class ComplaintItems {
    private ComplaintItems() {
    }

    static String raisedPartition(YearMonth month) {
        return "COMPLAINTS#" + month;
    }

    static String stepsPartition(YearMonth month) {
        return "COMPLAINTSTEPS#" + month;
    }

    private static YearMonth month(Instant at) {
        return YearMonth.from(ShanghaiTime.dateOf(at));
    }

    public static final ItemMapping<Complaint> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("COMPLAINT#" + id, "COMPLAINT");
        }

        @Override
        public Map<String, AttributeValue> toItem(Complaint c) {
            return item().put("pk", "COMPLAINT#" + c.id()).put("sk", "COMPLAINT").put("type", "COMPLAINT")
                    .put("id", c.id()).put("visitCode", c.visitCode()).put("customerName", c.customerName())
                    .put("phone", c.phone()).put("staff", staff(c.staff())).put("category", c.category().name())
                    .put("severity", c.severity().name()).put("description", c.description())
                    .put("status", c.status().name()).put("raisedBy", staff(c.raisedBy())).put("raisedAt", c.raisedAt())
                    .putList("edits", maps(c.edits(), e -> item().put("category", e.category().name())
                            .put("severity", e.severity().name()).put("description", e.description())
                            .put("by", staff(e.by())).put("at", e.at()).build()))
                    .putList("steps", maps(c.steps(), ComplaintItems::step))
                    .put("version", c.version())
                    .put("gsi1pk", raisedPartition(month(c.raisedAt()))).put("gsi1sk", c.raisedAt() + "#" + c.id())
                    .build();
        }

        @Override
        public Complaint fromItem(Map<String, AttributeValue> i) {
            return new Complaint(str(i, "id"), str(i, "visitCode"), str(i, "customerName"), str(i, "phone"),
                    staff(map(i, "staff")), Complaint.Category.valueOf(str(i, "category")),
                    Complaint.Severity.valueOf(str(i, "severity")), str(i, "description"),
                    Complaint.Status.valueOf(str(i, "status")), staff(map(i, "raisedBy")), instant(i, "raisedAt"),
                    objects(i, "edits", m -> new Complaint.Edit(Complaint.Category.valueOf(str(m, "category")),
                            Complaint.Severity.valueOf(str(m, "severity")), str(m, "description"),
                            staff(map(m, "by")), instant(m, "at"))),
                    objects(i, "steps", ComplaintItems::step), num(i, "version"));
        }

        /** A new handling step is also a line of its month's 客诉处理. */
        @Override
        public List<Map<String, AttributeValue>> entries(Complaint before, Complaint after) {
            int known = before == null ? 0 : before.steps().size();
            return after.steps().subList(known, after.steps().size()).stream().map(s -> item()
                    .put("pk", "COMPLAINT#" + after.id()).put("sk", String.format("STEP#%02d", s.number()))
                    .put("type", "COMPLAINTSTEP").put("complaintId", after.id())
                    .put("customerName", after.customerName()).put("staffName", after.staff().name())
                    .put("step", step(s)).put("gsi1pk", stepsPartition(month(s.at())))
                    .put("gsi1sk", s.at() + "#" + after.id() + "#" + s.number()).build()).toList();
        }
    };

    private static Map<String, AttributeValue> step(Complaint.Step s) {
        return item().put("number", s.number()).put("note", s.note()).put("from", s.from().name())
                .put("to", s.to().name()).put("by", staff(s.by())).put("at", s.at()).build();
    }

    private static Complaint.Step step(Map<String, AttributeValue> m) {
        return new Complaint.Step(num(m, "number").intValue(), str(m, "note"),
                Complaint.Status.valueOf(str(m, "from")), Complaint.Status.valueOf(str(m, "to")),
                staff(map(m, "by")), instant(m, "at"));
    }

    /** The complaints raised and the handling steps taken in a month, newest first. */
    public static Complaints.ComplaintLists lists(ClinicTable table) {
        return new Complaints.ComplaintLists() {
            @Override
            public Page<Complaint> raisedIn(YearMonth month, PageRequest page) {
                return table.query("gsi1", "gsi1pk", raisedPartition(month), page, false, MAPPING::fromItem);
            }

            @Override
            public Page<Complaints.HandlingRecord> handledIn(YearMonth month, PageRequest page) {
                return table.query("gsi1", "gsi1pk", stepsPartition(month), page, false,
                        i -> new Complaints.HandlingRecord(str(i, "complaintId"), str(i, "customerName"),
                                str(i, "staffName"), step(map(i, "step"))));
            }
        };
    }
}
