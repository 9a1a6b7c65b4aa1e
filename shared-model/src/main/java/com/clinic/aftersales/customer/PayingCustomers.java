package com.clinic.aftersales.customer;

import com.clinic.journey.CustomerCorrected;
import com.clinic.journey.OrderRepriced;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.PaymentRefunded;
import com.clinic.platform.Actor;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.Check;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Refused;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.IdempotencyKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * C-16 成交客户: every customer who has paid, recorded from the cashier's payments, found by date, mobile, name or
 * visit code; a level set with a remark from the super admin's catalogue, every earlier level kept and audited.
 */
public final class PayingCustomers {
    private final Commands<PayingCustomer, PayingCustomerEvent> customers;
    private final Commands<CustomerLevels, PayingCustomerEvent> catalogue;
    private final PayingCustomerList list;

    public PayingCustomers(Commands<PayingCustomer, PayingCustomerEvent> customers,
                           Commands<CustomerLevels, PayingCustomerEvent> catalogue, PayingCustomerList list) {
        this.customers = customers;
        this.catalogue = catalogue;
        this.list = list;
    }

    /** How the list is searched: last payment between two Shanghai days, or by mobile, or by name; newest first. */
    public record Query(LocalDate from, LocalDate to, String phone, String name) {
    }

    public interface PayingCustomerList {
        Page<PayingCustomer> find(Query query, PageRequest page);

        /** The customer who paid for a visit, if anyone did. */
        Optional<String> customerOf(String visitCode);

        /** Every change of the customer's record (payments recorded, levels set), oldest first. */
        List<AuditRecord> auditTrail(String id);
    }

    /** 设置等级: a level of the catalogue (by code) and a remark. */
    public record LevelForm(String level, String remark) {
        public LevelForm validate() {
            Check check = new Check();
            String code = check.required("level", level, 20);
            String r = check.optional("remark", remark, 500);
            check.done();
            return new LevelForm(code, r);
        }
    }

    public Instant now() {
        return customers.now();
    }

    /**
     * A payment came: the customer's record, made or extended, once per payment event (a re-delivered event, or one
     * whose customer a concurrent delivery just made, changes nothing twice). Answers whether it recorded anything.
     */
    public boolean recordFrom(PaymentCollected payment) {
        Optional<PayingCustomer> known = customers.find(payment.customerId());
        if (known.isEmpty() && !customers.create(Actor.SYSTEM, PayingCustomer.record(payment)).replayed()) {
            return true;
        }
        return apply(known.orElseGet(() -> customers.get(payment.customerId())), c -> c.recordPayment(payment));
    }

    /** C-15: a refund, once; its customer paid first, so one not recorded yet fails until the payment is. */
    public boolean refundFrom(PaymentRefunded refund) {
        return apply(customers.get(refund.customerId()), c -> c.recordRefund(refund));
    }

    /** C-12: a paying customer's order priced again (a customer who has not paid yet is not on the list). */
    public boolean repriceFrom(OrderRepriced repriced) {
        return customers.find(repriced.customerId()).map(c -> apply(c, x -> x.reprice(repriced))).orElse(false);
    }

    /** C-24: a paying customer as corrected on a visit (one who has not paid yet is recorded with the payment). */
    public boolean correctFrom(CustomerCorrected corrected) {
        return customers.find(corrected.customerId()).map(c -> apply(c, x -> x.correct(corrected))).orElse(false);
    }

    /** A fact applied as the system; a fact applied already is refused by the record and changes nothing. */
    private boolean apply(PayingCustomer customer,
                          java.util.function.Function<PayingCustomer, Decision<PayingCustomer, PayingCustomerEvent>> step) {
        try {
            customers.apply(Actor.SYSTEM, customer, Change.of(step)).orThrow();
            return true;
        } catch (Refused appliedAlready) {
            return false;
        }
    }

    public Page<PayingCustomer> find(Query query, PageRequest page) {
        return list.find(query, page);
    }

    /** The customer who paid for the visit: a page of one, or of none. */
    public Page<PayingCustomer> byVisit(String visitCode) {
        return new Page<>(list.customerOf(visitCode).flatMap(customers::find).map(List::of).orElse(List.of()), null);
    }

    public PayingCustomer get(String id) {
        return customers.get(id);
    }

    /** The level history as audited: who set which level when, and every payment recorded. */
    public List<AuditRecord> auditTrail(String id) {
        return list.auditTrail(customers.get(id).id());
    }

    public Outcome<PayingCustomer> setLevel(Actor actor, String id, Long version, LevelForm form, IdempotencyKey key) {
        LevelForm valid = Check.body(form).validate();
        CustomerLevels.Entry entry = levels().find(valid.level())
                .orElseThrow(() -> InvalidInput.of("level", "no level " + valid.level() + " in the catalogue"));
        return customers.change(actor, id, version, key, Change.of(c -> c.setLevel(entry, valid.remark(),
                actor.ref(), customers.now())));
    }

    /** The catalogue; empty (version 0) until the super admin first writes it. */
    public CustomerLevels levels() {
        return catalogue.find(CustomerLevels.ID)
                .orElse(new CustomerLevels(CustomerLevels.ID, List.of(), null, null, 0));
    }

    /** The super admin's new list: the first one made, later ones on the version read (If-Match). */
    public Outcome<CustomerLevels> replaceLevels(Actor actor, Long version, CustomerLevels.Form form,
                                                IdempotencyKey key) {
        List<CustomerLevels.Entry> valid = Check.body(form).validate();
        return catalogue.keep(actor, CustomerLevels.ID, version, key, loaded -> CustomerLevels.first(valid,
                actor.ref(), catalogue.now()), Change.of(l -> l.replace(valid, actor.ref(), catalogue.now())));
    }
}
