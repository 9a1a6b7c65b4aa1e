package com.clinic.aftersales.records;

import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitRecords;
import com.clinic.journey.VisitRecords.CompanionEntry;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitPart;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;

/**
 * C-30 增加多人记录: the people who came with a customer (companions, family), added to the visit without changing
 * it, each once per Idempotency-Key, and listed across visits by month.
 */
public final class Companions {
    private final VisitCommands visits;
    private final VisitRecords records;
    private final IdGenerator ids;

    public Companions(VisitCommands visits, VisitRecords records, IdGenerator ids) {
        this.visits = visits;
        this.records = records;
        this.ids = ids;
    }

    /** Who came along: a name, the relation to the customer (朋友, 母亲…), and a mobile number if given. */
    public record CompanionForm(String name, String relation, String phone) {
        public CompanionForm validate() {
            Check check = new Check();
            String n = check.required("name", name, 50);
            String r = check.required("relation", relation, 20);
            String p = phone == null || phone.isBlank() ? null : check.mobile("phone", phone);
            check.done();
            return new CompanionForm(n, r, p);
        }
    }

    public CompanionEntry add(Actor actor, String code, CompanionForm form, IdempotencyKey key) {
        CompanionForm valid = Check.body(form).validate();
        Visit v = visits.visible(actor, code, VisitPart.IDENTITY);
        String id = key == null ? ids.newId() : key.recordId(code);
        return records.recordCompanion(new CompanionEntry(id, v.code(), v.customer().name(), valid.name(),
                valid.relation(), valid.phone(), actor.ref(), visits.now()));
    }
}
