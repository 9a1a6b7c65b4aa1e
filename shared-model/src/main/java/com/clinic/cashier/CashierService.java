package com.clinic.cashier;

import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitStore;
import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.IdempotencyKey;
import java.util.List;
import java.util.stream.Stream;

/** The cashier (SPEC C-14 收银, C-15 变更/再次收银 多退少补). */
public final class CashierService {
    /** The work queue of visits with money due or owed back. */
    public static final String QUEUE = "CASHIER";

    private final VisitCommands commands;
    private final VisitStore visits;

    public CashierService(VisitCommands commands, VisitStore visits) {
        this.commands = commands;
        this.visits = visits;
    }

    /** Reviewed orders waiting for payment, and paid visits whose price changed since. */
    public Page<Visit> queue(PageRequest page) {
        return visits.listQueue(QUEUE, page);
    }

    /** C-14 / C-15 少补: collect, split across methods. */
    public Outcome<Visit> collect(Actor cashier, String code, Long version, PaymentForm form, IdempotencyKey key) {
        List<PaymentForm.Line> lines = Check.body(form).validate(false,
                ShanghaiTime.dateOf(commands.now()));
        List<String> ids = ids(lines.size());
        return commands.change(cashier, code, version, key, Change.of(v -> v.billing().collectPayment(lines, ids,
                cashier.ref(), commands.now())));
    }

    /** C-15 多退: refund what a price cut left owed back, per method. */
    public Outcome<Visit> refund(Actor cashier, String code, Long version, PaymentForm form, IdempotencyKey key) {
        List<PaymentForm.Line> lines = Check.body(form).validate(true, ShanghaiTime.dateOf(commands.now()));
        List<String> ids = ids(lines.size());
        return commands.change(cashier, code, version, key, Change.of(v -> v.billing().refund(lines, ids, cashier.ref(),
                commands.now())));
    }

    private List<String> ids(int n) {
        return Stream.generate(commands.ids()::newId).limit(n).toList();
    }
}
