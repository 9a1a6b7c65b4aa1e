package com.clinic.platform.privacy;

import com.clinic.platform.Actor;
import com.clinic.platform.NotFound;
import com.clinic.platform.Phones;
import com.clinic.platform.Refused;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.IdempotencyKey;
import java.util.Optional;
import java.util.function.Function;

/**
 * A customer's consents: recorded where her data first enters (a booking, a walk-in: {@link #capture}), given or
 * withdrawn later on her request, read by the staff who answer for it. A customer is named by her mobile number or
 * by her customer id.
 */
public final class Consents implements SensitiveDataPolicy {
    private final Commands<Consent, ConsentEvent> commands;
    private final Function<String, Optional<String>> phoneOf;

    /** @param phoneOf the mobile number of a customer the clinic knows by id */
    public Consents(Commands<Consent, ConsentEvent> commands, Function<String, Optional<String>> phoneOf) {
        this.commands = commands;
        this.phoneOf = phoneOf;
    }

    /** Her consents; unknown until she gave one. */
    public Consent of(Actor actor, String customer) {
        String mobile = mobile(customer);
        return commands.find(mobile).filter(c -> ConsentKind.CONSENT.canSee(actor, c))
                .orElseThrow(() -> new NotFound("id", "no consent recorded for " + Phones.mask(mobile)));
    }

    /** A consent given on its own (a paper form, her app); on the version last read (If-Match: none or 0 at first). */
    public Outcome<Consent> give(Actor actor, String customer, Long version, ConsentForm form, Channel channel,
                                 IdempotencyKey key) {
        ConsentForm.Valid valid = form.validate("");
        String mobile = mobile(customer);
        return commands.keep(actor, mobile, version, key,
                () -> Consent.first(mobile, valid, channel, actor.ref(), commands.now()),
                c -> c.give(valid, channel, actor.ref(), commands.now()));
    }

    /**
     * The consent given with the data it covers (a booking, a walk-in), after that data was accepted; what is in
     * force already is not recorded again, so a retried booking records nothing twice. None given, nothing recorded.
     */
    public void capture(Actor actor, String mobile, ConsentForm.Valid form, Channel channel) {
        if (form == null || mobile == null) {
            return;
        }
        Optional<Consent> current = commands.find(mobile);
        if (current.isEmpty()) {
            if (!commands.create(actor, Consent.first(mobile, form, channel, actor.ref(), commands.now())).replayed()) {
                return;
            }
            current = commands.find(mobile);
        }
        if (!current.get().covers(form)) {
            commands.changeAs(actor, current.get(), c -> c.give(form, channel, actor.ref(), commands.now()));
        }
    }

    @Override
    public void require(String mobile) {
        if (mobile == null) {
            return;
        }
        commands.find(mobile).filter(c -> c.withdrawn(Purpose.SENSITIVE)).ifPresent(c -> {
            throw new Refused("she withdrew her consent to sensitive data (photos, videos, the health archive): "
                    + "record her consent again (POST /customers/{id}/consents) before taking more");
        });
    }

    /** She withdraws consent to the purposes, each in force; on the version last read. */
    public Outcome<Consent> withdraw(Actor actor, String customer, Long version, WithdrawalForm form,
                                     IdempotencyKey key) {
        var purposes = form.validate();
        return commands.change(actor, mobile(customer), version, key,
                c -> c.withdraw(purposes, actor.ref(), commands.now()));
    }

    private String mobile(String customer) {
        String typed = Phones.mainlandMobile(customer);
        return typed != null ? typed : phoneOf.apply(customer)
                .orElseThrow(() -> new NotFound("id", "no customer " + customer));
    }
}
