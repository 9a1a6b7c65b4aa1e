package com.clinic.office.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.office.privacy.PrivacyRequest;
import com.clinic.office.privacy.PrivacyRequests;
import com.clinic.office.privacy.RequestKind;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.ItemMapping;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code PRIVACYREQUEST#<id> / REQUEST}: a customer's request about her data, on gsi1 {@code PRIVACYREQUESTS}
 * (every request, newest first) and, while unanswered, gsi2 {@code PRIVACYREQUESTS#OPEN} (by due date).
 */
public final class PrivacyRequestItems {
    private static final String ALL = "PRIVACYREQUESTS";
    private static final String OPEN = "PRIVACYREQUESTS#OPEN";

    private PrivacyRequestItems() {
    }

    public static final ItemMapping<PrivacyRequest> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("PRIVACYREQUEST#" + id, "REQUEST");
        }

        @Override
        public Map<String, AttributeValue> toItem(PrivacyRequest r) {
            Attrs.Item i = item().put("pk", "PRIVACYREQUEST#" + r.id()).put("sk", "REQUEST").put("type", "PRIVACYREQUEST")
                    .put("id", r.id()).put("mobile", r.mobile()).put("kind", r.kind().name())
                    .put("status", r.status().name()).put("receivedBy", staff(r.receivedBy()))
                    .put("receivedAt", r.receivedAt()).put("dueBy", r.dueBy()).put("decidedBy", staff(r.decidedBy()))
                    .put("decidedAt", r.decidedAt()).put("outcome", r.outcome()).put("copyKey", r.copyKey())
                    .put("printJobId", r.printJobId()).put("version", r.version())
                    .put("gsi1pk", ALL).put("gsi1sk", r.receivedAt() + "#" + r.id());
            if (r.status() == PrivacyRequest.Status.RECEIVED) {
                i.put("gsi2pk", OPEN).put("gsi2sk", r.dueBy() + "#" + r.id());
            }
            return i.build();
        }

        @Override
        public PrivacyRequest fromItem(Map<String, AttributeValue> i) {
            return new PrivacyRequest(str(i, "id"), str(i, "mobile"), RequestKind.valueOf(str(i, "kind")),
                    PrivacyRequest.Status.valueOf(str(i, "status")), staff(map(i, "receivedBy")),
                    instant(i, "receivedAt"), instant(i, "dueBy"), staff(map(i, "decidedBy")), instant(i, "decidedAt"),
                    str(i, "outcome"), str(i, "copyKey"), str(i, "printJobId"), num(i, "version"));
        }
    };

    /** Every request newest first, or the unanswered ones soonest due first. */
    public static PrivacyRequests.RequestList list(ClinicTable table) {
        return (open, page) -> open ? table.query("gsi2", "gsi2pk", OPEN, page, true, MAPPING::fromItem)
                : table.query("gsi1", "gsi1pk", ALL, page, false, MAPPING::fromItem);
    }
}
