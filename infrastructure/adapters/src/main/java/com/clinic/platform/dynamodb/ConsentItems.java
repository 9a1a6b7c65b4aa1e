package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.privacy.Channel;
import com.clinic.platform.privacy.Consent;
import com.clinic.platform.privacy.Purpose;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code CONSENT#<mobile> / CONSENT}: a customer's consents, every grant and withdrawal kept. */
public final class ConsentItems {
    private ConsentItems() {
    }

    public static final ItemMapping<Consent> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("CONSENT#" + id, "CONSENT");
        }

        @Override
        public Map<String, AttributeValue> toItem(Consent c) {
            return item().put("pk", "CONSENT#" + c.id()).put("sk", "CONSENT").put("type", "CONSENT").put("id", c.id())
                    .putList("grants", maps(c.grants(), g -> item().put("purpose", g.purpose().name())
                            .put("textVersion", g.textVersion()).put("channel", g.channel().name())
                            .put("recordedBy", staff(g.recordedBy())).put("at", g.at())
                            .put("withdrawnBy", staff(g.withdrawnBy())).put("withdrawnAt", g.withdrawnAt()).build()))
                    .put("version", c.version()).build();
        }

        @Override
        public Consent fromItem(Map<String, AttributeValue> i) {
            return new Consent(str(i, "id"), objects(i, "grants", m -> new Consent.Grant(
                    Purpose.valueOf(str(m, "purpose")), str(m, "textVersion"), Channel.valueOf(str(m, "channel")),
                    staff(map(m, "recordedBy")), instant(m, "at"), staff(map(m, "withdrawnBy")),
                    instant(m, "withdrawnAt"))), num(i, "version"));
        }
    };
}
