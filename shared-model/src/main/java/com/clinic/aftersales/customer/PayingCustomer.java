package com.clinic.aftersales.customer;

import com.clinic.journey.PaymentCollected;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * C-16 成交客户: a customer who has paid, recorded from the cashier's {@code PaymentCollected} events (each once),
 * with the after-sales level set for them (设置等级) and every earlier level kept.
 */
public record PayingCustomer(String id, String name, String phone, List<Payment> payments, Level level,
                             List<Level> levelHistory, long version) implements Aggregate {

    /** One collection: which event, which visit, how much (fen), when. */
    public record Payment(String eventId, String visitCode, long amount, Instant at) {
    }

    /** A level set with its remark, by whom and when; its name as the catalogue had it then. */
    public record Level(String code, String name, String remark, StaffRef by, Instant at) {
    }

    public PayingCustomer {
        payments = List.copyOf(payments);
        levelHistory = List.copyOf(levelHistory);
    }

    public static Accepted<PayingCustomer, PayingCustomerEvent> record(PaymentCollected p) {
        PayingCustomer c = new PayingCustomer(p.customerId(), p.customerName(), p.phone(),
                List.of(payment(p)), null, List.of(), 1);
        return new Accepted<>(c, new PayingCustomerEvent(PayingCustomerEvent.PAID, c.id(), p.by(), p.at(),
                "成交：" + p.visitCode() + "，" + com.clinic.platform.Money.yuan(payment(p).amount())));
    }

    /** A later payment; the same event again is refused, so a re-delivery changes nothing. */
    public Decision<PayingCustomer, PayingCustomerEvent> recordPayment(PaymentCollected p) {
        if (payments.stream().anyMatch(x -> x.eventId().equals(p.id()))) {
            return Decision.refuse("payment " + p.id() + " is recorded already");
        }
        List<Payment> next = new ArrayList<>(payments);
        next.add(payment(p));
        return new Accepted<>(new PayingCustomer(id, p.customerName(), p.phone(), next, level, levelHistory,
                version + 1), new PayingCustomerEvent(PayingCustomerEvent.PAID, id, p.by(), p.at(),
                "再次成交：" + p.visitCode() + "，" + com.clinic.platform.Money.yuan(payment(p).amount())));
    }

    /** 设置等级: the level must be in the catalogue; the one it replaces goes to the history. */
    public Decision<PayingCustomer, PayingCustomerEvent> setLevel(CustomerLevels.Entry entry, String remark,
                                                                 StaffRef by, Instant at) {
        if (level != null && level.code().equals(entry.code()) && java.util.Objects.equals(level.remark(), remark)) {
            return Decision.refuse("the customer is at level " + entry.code() + " already");
        }
        List<Level> history = new ArrayList<>(levelHistory);
        if (level != null) {
            history.add(level);
        }
        Level next = new Level(entry.code(), entry.name(), remark, by, at);
        return new Accepted<>(new PayingCustomer(id, name, phone, payments, next, history, version + 1),
                new PayingCustomerEvent(PayingCustomerEvent.LEVEL_SET, id, by, at, "设置等级："
                        + (level == null ? "（无）" : level.name()) + " → " + entry.name()
                        + (remark == null ? "" : "，" + remark)));
    }

    public Instant firstPaidAt() {
        return payments.get(0).at();
    }

    public Instant lastPaidAt() {
        return payments.get(payments.size() - 1).at();
    }

    /** What the customer has paid in all (net of nothing: refunds are the cashier's, not a new collection). */
    public long paid() {
        return payments.stream().mapToLong(Payment::amount).sum();
    }

    private static Payment payment(PaymentCollected p) {
        return new Payment(p.id(), p.visitCode(), p.lines().stream().mapToLong(PaymentCollected.Line::amount).sum(),
                p.at());
    }
}
