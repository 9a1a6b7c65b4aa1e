package com.clinic.aftersales.records;

import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitRecords;
import com.clinic.journey.VisitRecords.VisitorEntry;
import com.clinic.journey.VisitRecords.VisitorQuery;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Forms.CustomerInfoForm;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintKind;
import com.clinic.printing.PrintService;
import java.time.Instant;
import java.util.List;

/**
 * C-24 来院客户: everyone the front desk registered at the clinic, found by month, mobile, name or visit code; their
 * basic information corrected (audited before → after); their self-media label printed through the print queue.
 */
public final class Visitors {
    private final VisitCommands visits;
    private final VisitRecords records;
    private final PrintService printing;

    public Visitors(VisitCommands visits, VisitRecords records, PrintService printing) {
        this.visits = visits;
        this.records = records;
        this.printing = printing;
    }

    public Instant now() {
        return visits.now();
    }

    /** The visitors the query selects, newest first. */
    public Page<VisitorEntry> find(VisitorQuery query, PageRequest page) {
        return records.visitors(query, page);
    }

    /** The visitor of one visit code: a page of one, or of none when nobody arrived for it. */
    public Page<VisitorEntry> byCode(String code) {
        return new Page<>(Visit.isCode(code) ? records.visitor(code).map(List::of).orElse(List.of()) : List.of(),
                null);
    }

    /** 修改基本信息 (If-Match: the visit's version). */
    public Outcome<Visit> editInfo(Actor actor, String code, Long version, CustomerInfoForm form, IdempotencyKey key) {
        CustomerProfile edited = Check.body(form).validate();
        return visits.change(actor, code, version, key, Change.of(v -> v.editCustomer(edited, actor.ref(),
                visits.now())));
    }

    /** 打印自媒体号: a label job on the print queue, polled like the barcode label's. */
    public PrintJob printSelfMediaLabel(Actor actor, String code) {
        return printing.request(actor, code, PrintKind.SELF_MEDIA_LABEL);
    }
}
