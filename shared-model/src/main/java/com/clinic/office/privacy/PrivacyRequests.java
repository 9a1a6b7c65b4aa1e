package com.clinic.office.privacy;

import com.clinic.platform.Actor;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Phones;
import com.clinic.platform.calendar.Calendars;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.printing.PrintDocument;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintKind;
import com.clinic.printing.PrintService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The customer's rights over her data (PIPL arts. 45, 47, 50): a request for a copy or for erasure, received by the
 * staff she asked, answered by the super admin within {@link #ANSWER_WITHIN} working days (T-12's calendar). A copy
 * is everything held about her as stored (JSON) and as a readable PDF (a print job); an erasure anonymises what
 * may go and keeps, no longer naming her, what must stay. Each step is audited in the request and her timeline.
 */
public final class PrivacyRequests {
    /** Working days to answer: GB/T 35273-2020 8.7 asks an answer within 15 working days. */
    public static final int ANSWER_WITHIN = 15;
    /** Where a copy's JSON is kept; the files bucket's lifecycle lets it go after 30 days, like prints. */
    public static final String COPIES = "privacy-copies/";

    private final Commands<PrivacyRequest, PrivacyRequestEvent> commands;
    private final Function<String, Optional<String>> phoneOf;
    private final Calendars calendars;
    private final CustomerData data;
    private final PrintService printing;
    private final RequestList list;
    private final IdGenerator ids;

    public PrivacyRequests(Commands<PrivacyRequest, PrivacyRequestEvent> commands,
                           Function<String, Optional<String>> phoneOf, Calendars calendars, CustomerData data,
                           PrintService printing, RequestList list, IdGenerator ids) {
        this.commands = commands;
        this.phoneOf = phoneOf;
        this.calendars = calendars;
        this.data = data;
        this.printing = printing;
        this.list = list;
        this.ids = ids;
    }

    /** The requests, newest first; {@code open} only those not yet answered. */
    public interface RequestList {
        Page<PrivacyRequest> list(boolean open, PageRequest page);
    }

    public Outcome<PrivacyRequest> receive(Actor actor, PrivacyRequestForm form, IdempotencyKey key) {
        PrivacyRequestForm.Valid valid = form.validate();
        String typed = Phones.mainlandMobile(valid.customer());
        String mobile = typed != null ? typed : phoneOf.apply(valid.customer())
                .orElseThrow(() -> InvalidInput.of("customer", "no customer " + valid.customer()));
        String id = key == null ? ids.newId() : key.recordId("privacy-request");
        var now = commands.now();
        return commands.create(actor, PrivacyRequest.receive(id, mobile, valid.kind(), actor.ref(), now,
                calendars.calendar().workingDaysAfter(now, ANSWER_WITHIN)));
    }

    public java.time.Instant now() {
        return commands.now();
    }

    public PrivacyRequest get(Actor actor, String id) {
        return commands.visible(actor, id);
    }

    public Page<PrivacyRequest> list(boolean open, PageRequest page) {
        return list.list(open, page);
    }

    /**
     * The super admin answers: a copy is written (JSON, and the PDF as a print job the super admin and after-sales
     * fetch), or her data is erased. Both are safe to run again, so a retry after a crash finishes the answer.
     */
    public Outcome<PrivacyRequest> fulfil(Actor actor, String id, Long version, IdempotencyKey key) {
        PrivacyRequest request = commands.visible(actor, id);
        if (request.status() != PrivacyRequest.Status.RECEIVED) {
            return commands.change(actor, id, version, key, Change.of(PrivacyRequest::answered));
        }
        if (request.kind() == RequestKind.COPY) {
            List<Holding> held = data.holdings(request.mobile());
            String json = data.keepCopy(COPIES + id + ".json", held);
            PrintJob pdf = printing.requestDocument(actor, Erasure.copyJob(id), PrintKind.DATA_COPY, id,
                    DataCopy.document(Phones.mask(request.mobile()), held, commands.now()));
            return commands.change(actor, id, version, key, Change.of(r -> r.copied(json, pdf.id(), held.size(),
                    actor.ref(), commands.now())));
        }
        Set<String> names = new LinkedHashSet<>();
        List<Holding> held = data.holdings(request.mobile());
        held.forEach(h -> h.entries().forEach(e -> DataCopy.namesIn(e, names)));
        ErasureReport report = data.erase(request.mobile(), names, "ERASED-" + UUID.randomUUID().toString()
                .substring(0, 8));
        return commands.change(actor, id, version, key, Change.of(r -> r.erased(report, actor.ref(), commands.now())));
    }

    public Outcome<PrivacyRequest> refuse(Actor actor, String id, Long version, RefusalForm form,
                                          IdempotencyKey key) {
        String reason = form.validate();
        return commands.change(actor, id, version, key, Change.of(r -> r.refuse(reason, actor.ref(), commands.now())));
    }
}
