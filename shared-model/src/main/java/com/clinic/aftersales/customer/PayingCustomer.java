package com.clinic.aftersales.customer;

import com.clinic.journey.CustomerCorrected;
import com.clinic.journey.OrderRepriced;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.PaymentRefunded;
import com.clinic.journey.VisitFact;
import com.clinic.platform.Money;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * C-16 成交客户: a customer who has paid, kept from the cashier's facts (each applied once): the money in and
 * back out per visit, each visit's final price, who the customer is as last corrected (with every earlier name
 * and source kept), and the after-sales level set for them (设置等级) with every earlier level.
 */
public record PayingCustomer(String id, String name, String phone, String source, List<Payment> payments,
                             List<Order> orders, List<Correction> corrections, Level level, List<Level> levelHistory,
                             long version) implements Aggregate {

    /** Money that moved for a visit: a collection (positive) or a refund (negative), by the event that said so. */
    public record Payment(String eventId, String visitCode, long amount, Instant at) {
    }

    /** A visit's order as last priced (its review revision; 0 when only a payment told it). */
    public record Order(String visitCode, long total, int revision) {
    }

    /** A correction of who the customer is, with what it replaced. */
    public record Correction(String eventId, String visitCode, String nameBefore, String sourceBefore, String name,
                             String source, StaffRef by, Instant at) {
    }

    /** A level set with its remark, by whom and when; its name as the catalogue had it then. */
    public record Level(String code, String name, String remark, StaffRef by, Instant at) {
    }

    public PayingCustomer {
        payments = List.copyOf(payments);
        orders = List.copyOf(orders);
        corrections = List.copyOf(corrections);
        levelHistory = List.copyOf(levelHistory);
    }

    public static Accepted<PayingCustomer, PayingCustomerEvent> record(PaymentCollected p) {
        PayingCustomer c = new PayingCustomer(p.customerId(), p.customerName(), p.phone(), p.source(),
                List.of(new Payment(p.id(), p.visitCode(), p.amount(), p.at())),
                List.of(new Order(p.visitCode(), p.total(), 0)), List.of(), null, List.of(), 1);
        return new Accepted<>(c, new PayingCustomerEvent.CustomerPaid(c.id(), p.by(), p.at(), true,
                p.visitCode(), p.amount()));
    }

    /** A later payment; the same event again is refused, so a re-delivery changes nothing. */
    public Decision<PayingCustomer, PayingCustomerEvent> recordPayment(PaymentCollected p) {
        if (knows(p)) {
            return Decision.refuse("payment " + p.id() + " is recorded already");
        }
        List<Order> nextOrders = orders.stream().anyMatch(o -> o.visitCode().equals(p.visitCode())) ? orders
                : append(orders, new Order(p.visitCode(), p.total(), 0));
        return new Accepted<>(with(append(payments, new Payment(p.id(), p.visitCode(), p.amount(), p.at())),
                nextOrders), new PayingCustomerEvent.CustomerPaid(id, p.by(), p.at(), false,
                p.visitCode(), p.amount()));
    }

    /** C-15 多退: money went back (by any method, a loan's reduction included); once per refund. */
    public Decision<PayingCustomer, PayingCustomerEvent> recordRefund(PaymentRefunded r) {
        if (knows(r)) {
            return Decision.refuse("refund " + r.id() + " is recorded already");
        }
        return new Accepted<>(with(append(payments, new Payment(r.id(), r.visitCode(), -r.amount(), r.at())), orders),
                new PayingCustomerEvent.CustomerRefunded(id, r.by(), r.at(), r.visitCode(),
                        r.amount()));
    }

    /** C-12: a visit's order priced again; an older review than the one kept changes nothing. */
    public Decision<PayingCustomer, PayingCustomerEvent> reprice(OrderRepriced o) {
        Order known = orders.stream().filter(x -> x.visitCode().equals(o.visitCode())).findFirst().orElse(null);
        if (known == null || known.revision() >= o.revision()) {
            return Decision.refuse("the order of " + o.visitCode() + " is priced as recorded");
        }
        List<Order> next = new ArrayList<>(orders);
        next.set(orders.indexOf(known), new Order(o.visitCode(), o.total(), o.revision()));
        return new Accepted<>(with(payments, next), new PayingCustomerEvent.CustomerOrderRepriced(id,
                o.by(), o.at(), o.visitCode(), known.total(), o.total()));
    }

    /** C-24: who the customer is, as corrected on a visit; a correction older than the last one changes nothing. */
    public Decision<PayingCustomer, PayingCustomerEvent> correct(CustomerCorrected c) {
        boolean newer = corrections.stream().allMatch(x -> c.at().isAfter(x.at()));
        if (!newer || (Objects.equals(name, c.name()) && Objects.equals(source, c.source()))) {
            return Decision.refuse("the customer is as corrected already");
        }
        List<Correction> next = append(corrections, new Correction(c.id(), c.visitCode(), name, source, c.name(),
                c.source(), c.by(), c.at()));
        return new Accepted<>(new PayingCustomer(id, c.name(), phone, c.source(), payments, orders, next, level,
                levelHistory, version + 1), new PayingCustomerEvent.CustomerCorrected(id, c.by(),
                c.at(), name, c.name()));
    }

    /** 设置等级: the level must be in the catalogue; the one it replaces goes to the history. */
    public Decision<PayingCustomer, PayingCustomerEvent> setLevel(CustomerLevels.Entry entry, String remark,
                                                                 StaffRef by, Instant at) {
        if (level != null && level.code().equals(entry.code()) && Objects.equals(level.remark(), remark)) {
            return Decision.refuse("the customer is at level " + entry.code() + " already");
        }
        List<Level> history = level == null ? levelHistory : append(levelHistory, level);
        Level next = new Level(entry.code(), entry.name(), remark, by, at);
        return new Accepted<>(new PayingCustomer(id, name, phone, source, payments, orders, corrections, next,
                history, version + 1), new PayingCustomerEvent.CustomerLevelSet(id, by, at,
                level == null ? null : level.name(), entry.name(), remark));
    }

    public Instant firstPaidAt() {
        return payments.get(0).at();
    }

    /** When money last came in (a refund does not move the customer up the list). */
    public Instant lastPaidAt() {
        return payments.stream().filter(p -> p.amount() > 0).map(Payment::at).max(Instant::compareTo)
                .orElse(firstPaidAt());
    }

    /** What the customer has paid in all, net of what went back. */
    public long paid() {
        return Money.sum(payments.stream().mapToLong(Payment::amount));
    }

    /** What one visit's payments come to, net of its refunds. */
    public long paidFor(String visitCode) {
        return Money.sum(payments.stream().filter(p -> p.visitCode().equals(visitCode)).mapToLong(Payment::amount));
    }

    /** What the customer's orders cost as last priced (消费). */
    public long spent() {
        return Money.sum(orders.stream().mapToLong(Order::total));
    }

    private boolean knows(VisitFact fact) {
        return payments.stream().anyMatch(x -> x.eventId().equals(fact.id()));
    }

    private PayingCustomer with(List<Payment> nextPayments, List<Order> nextOrders) {
        return new PayingCustomer(id, name, phone, source, nextPayments, nextOrders, corrections, level, levelHistory,
                version + 1);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
