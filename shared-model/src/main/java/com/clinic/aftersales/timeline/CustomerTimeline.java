package com.clinic.aftersales.timeline;

import com.clinic.platform.Actor;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.NotFound;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Phones;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordAccess;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One timeline per customer (Zenoti's and Pabau's client profile): every change of every record that concerns her —
 * visits with their payments and refunds, loans and their periods, paying-customer records, follow-ups and their
 * calls and care notes, disputes, complaints, programs — newest first, with who did what, found by her customer id
 * or her mobile number (the clinic's key to a person). After-sales and the super admin see all of it; a consultant
 * or a program's team only the lines of records they may already see (their customers' visits, their programs).
 * Each read is logged in the timeline itself, so whoever reads it later sees who looked before.
 */
public final class CustomerTimeline {
    /** The kind name a read of the timeline is filed under. */
    public static final String READ = "timeline-read";

    private final Store store;
    private final RecordAccess records;
    private final Clock clock;

    public CustomerTimeline(Store store, RecordAccess records, Clock clock) {
        this.store = store;
        this.records = records;
        this.clock = clock;
    }

    /** One line: the record's kind ({@code visit}, {@code loan}, …), its id, and the change as audited. */
    public record Entry(String kind, String subject, AuditRecord change) {
    }

    public interface Store {
        /** The mobile number of a customer the clinic knows by id. */
        Optional<String> phoneOf(String customerId);

        /** The timeline of a mobile number, newest first. */
        Page<Entry> of(String phone, PageRequest page);

        /** A read, filed in the timeline it read. */
        void record(String phone, AuditRecord read);
    }

    /** The customer's timeline, by her id or her mobile number; the read is logged first. */
    public Page<Entry> read(Actor actor, String customer, PageRequest page) {
        String typed = Phones.mainlandMobile(customer);
        String phone = typed != null ? typed : store.phoneOf(customer)
                .orElseThrow(() -> new NotFound("id", "no customer " + customer));
        store.record(phone, new AuditRecord(phone, clock.instant(), actor.ref(), actor.roles(), "READ", null, null,
                "查看客户时间线"));
        Page<Entry> lines = store.of(phone, page);
        if (actor.hasAny(Role.AFTER_SALES, Role.SUPER_ADMIN)) {
            return lines;
        }
        // a page may then hold fewer lines than asked; its next goes on
        Map<String, Boolean> theirs = new HashMap<>();
        return new Page<>(lines.items().stream().filter(e -> theirs.computeIfAbsent(e.kind() + "#" + e.subject(),
                k -> records.canSee(actor, e.kind(), e.subject()))).toList(), lines.next());
    }
}
