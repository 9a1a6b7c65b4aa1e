package com.clinic.platform.privacy;

import com.clinic.platform.Actor;
import com.clinic.platform.NotFound;
import com.clinic.platform.Phones;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.command.Change;
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
    private final Function<Actor, Optional<String>> ownPhone;

    /**
     * @param phoneOf  the mobile number of a customer the clinic knows by id
     * @param ownPhone a signed-in customer's own mobile number (her program's order), for her app
     */
    public Consents(Commands<Consent, ConsentEvent> commands, Function<String, Optional<String>> phoneOf,
                    Function<Actor, Optional<String>> ownPhone) {
        this.commands = commands;
        this.phoneOf = phoneOf;
        this.ownPhone = ownPhone;
    }

    /** Her consents; unknown until she gave one. */
    public Consent of(Actor actor, String customer) {
        String mobile = mobile(actor, customer);
        return commands.find(mobile).filter(c -> ConsentKind.CONSENT.canSee(actor, c))
                .orElseThrow(() -> new NotFound("id", "no consent recorded for " + Phones.mask(mobile)));
    }

    /**
     * A consent given on its own: on a paper form the staff record, or in her app (channel APP); on the version last
     * read (If-Match: none or 0 at first).
     */
    public Outcome<Consent> give(Actor actor, String customer, Long version, ConsentForm form, IdempotencyKey key) {
        ConsentForm.Valid valid = form.validate("");
        String mobile = mobile(actor, customer);
        Channel channel = actor.hasAny(Role.CUSTOMER) ? Channel.APP : Channel.PAPER;
        return commands.keep(actor, mobile, version, key, loaded -> Consent.first(mobile, valid, channel,
                actor.ref(), commands.now()), Change.of(c -> c.give(valid, channel, actor.ref(), commands.now())));
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
            commands.apply(actor, current.get(), Change.of(c -> c.give(form, channel, actor.ref(),
                    commands.now()))).orThrow();
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
        return commands.change(actor, mobile(actor, customer), version, key, Change.of(c -> c.withdraw(purposes,
                actor.ref(), commands.now())));
    }

    /**
     * Whose consents: staff name her by customer id or mobile number; a signed-in customer only herself ({@code me}
     * or her own id; anyone else is answered as unknown).
     */
    private String mobile(Actor actor, String customer) {
        if (actor.hasAny(Role.CUSTOMER)) {
            return ("me".equals(customer) || actor.id().equals(customer) ? ownPhone.apply(actor) : Optional.<String>empty())
                    .orElseThrow(() -> new NotFound("id", "no customer " + customer));
        }
        String typed = Phones.mainlandMobile(customer);
        return typed != null ? typed : phoneOf.apply(customer)
                .orElseThrow(() -> new NotFound("id", "no customer " + customer));
    }
}
