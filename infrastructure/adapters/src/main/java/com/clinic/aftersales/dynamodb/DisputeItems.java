package com.clinic.aftersales.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.aftersales.dispute.Dispute;
import com.clinic.aftersales.dispute.Disputes;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.ItemMapping;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code DISPUTE#<id> / DISPUTE}: a dispute (C-25, or raised from a follow-up) with its edit history, on the
 * {@code DISPUTES} record lists ({@link RecordLists}: by the Shanghai month it was raised, by who raised it, by the
 * customer's mobile), newest first.
 */
public final class DisputeItems {
    private DisputeItems() {
    }

    static final String LIST = "DISPUTES";

    public static final ItemMapping<Dispute> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("DISPUTE#" + id, "DISPUTE");
        }

        @Override
        public Map<String, AttributeValue> toItem(Dispute d) {
            return RecordLists.keys(item(), LIST, d.raisedAt(), d.id(), d.raisedBy().id(), d.phone())
                    .put("pk", "DISPUTE#" + d.id()).put("sk", "DISPUTE").put("type", "DISPUTE").put("id", d.id())
                    .put("visitCode", d.visitCode()).put("customerName", d.customerName()).put("phone", d.phone())
                    .put("description", d.description()).put("followUpId", d.followUpId())
                    .put("raisedBy", staff(d.raisedBy()))
                    .put("raisedAt", d.raisedAt())
                    .putList("edits", maps(d.edits(), e -> item().put("customerName", e.customerName())
                            .put("phone", e.phone()).put("description", e.description()).put("by", staff(e.by()))
                            .put("at", e.at()).build()))
                    .put("version", d.version()).build();
        }

        @Override
        public Dispute fromItem(Map<String, AttributeValue> i) {
            return new Dispute(str(i, "id"), str(i, "visitCode"), str(i, "customerName"), str(i, "phone"),
                    str(i, "description"), str(i, "followUpId"), staff(map(i, "raisedBy")), instant(i, "raisedAt"),
                    objects(i, "edits", m -> new Dispute.Edit(str(m, "customerName"), str(m, "phone"),
                            str(m, "description"), staff(map(m, "by")), instant(m, "at"))), num(i, "version"));
        }
    };

    /** The disputes the filter selects, newest first. */
    public static Disputes.DisputeList list(ClinicTable table) {
        return (filter, page) -> RecordLists.query(table, LIST, filter, page, MAPPING::fromItem);
    }
}
