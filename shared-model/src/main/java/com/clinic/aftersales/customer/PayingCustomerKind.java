package com.clinic.aftersales.customer;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;

/**
 * The rules of C-16's two records for the command path: a paying customer and the level catalogue, both after-sales
 * and super-admin business (only the super admin changes the catalogue: its handler says so).
 */
public final class PayingCustomerKind<A extends Aggregate> implements RecordKind<A, PayingCustomerEvent> {
    public static final PayingCustomerKind<PayingCustomer> CUSTOMER = new PayingCustomerKind<>("paying-customer");
    public static final PayingCustomerKind<CustomerLevels> LEVELS = new PayingCustomerKind<>("customer-levels");

    private final String name;

    private PayingCustomerKind(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean canSee(Actor actor, A record) {
        return actor.hasAny(Role.AFTER_SALES, Role.SUPER_ADMIN);
    }

    /** Its customer's timeline is her mobile number's. */
    @Override
    public String concerns(A record) {
        return record instanceof PayingCustomer c ? c.phone() : null;
    }

    @Override
    public String state(A record) {
        return record instanceof PayingCustomer c && c.level() != null ? c.level().code() : "-";
    }

    @Override
    public List<Notification> notifications(PayingCustomerEvent event, A after) {
        return List.of();
    }
}
