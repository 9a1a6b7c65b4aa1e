package com.clinic.platform.privacy;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's consents, one record per mobile number (the clinic's key to a person): every consent she gave, to
 * which text version, where and when, and its withdrawal; nothing is overwritten, so what held on any day can be
 * shown.
 */
public record Consent(String id, List<Grant> grants, long version) implements Aggregate {
    /** One purpose consented to on one text version; {@code withdrawnAt} once withdrawn. */
    public record Grant(Purpose purpose, String textVersion, Channel channel, StaffRef recordedBy, Instant at,
                        StaffRef withdrawnBy, Instant withdrawnAt) {
        public boolean active() {
            return withdrawnAt == null;
        }
    }

    public Consent {
        grants = List.copyOf(grants);
    }

    /** The purpose's grant in force, if any. */
    public Optional<Grant> inForce(Purpose purpose) {
        return grants.stream().filter(g -> g.purpose() == purpose && g.active()).findFirst();
    }

    /** Whether she withdrew the purpose and has not given it again: the one state that stops its processing. */
    public boolean withdrawn(Purpose purpose) {
        return inForce(purpose).isEmpty() && grants.stream().anyMatch(g -> g.purpose() == purpose);
    }

    /** Her first consent: the record starts with it. */
    public static Accepted<Consent, ConsentEvent> first(String mobile, ConsentForm.Valid form, Channel channel,
                                                         StaffRef by, Instant at) {
        return new Consent(mobile, List.of(), 0).give(form, channel, by, at);
    }

    /**
     * The purposes given that are not in force on this text version are granted; one in force on an older version
     * is replaced by the new one. Giving what is already in force changes nothing.
     */
    public Accepted<Consent, ConsentEvent> give(ConsentForm.Valid form, Channel channel, StaffRef by, Instant at) {
        List<Grant> next = new ArrayList<>();
        List<Purpose> given = new ArrayList<>();
        for (Grant g : grants) {
            boolean renewed = g.active() && form.purposes().contains(g.purpose())
                    && !g.textVersion().equals(form.textVersion());
            next.add(renewed ? new Grant(g.purpose(), g.textVersion(), g.channel(), g.recordedBy(), g.at(), by, at) : g);
        }
        for (Purpose p : form.purposes()) {
            if (next.stream().noneMatch(g -> g.purpose() == p && g.active())) {
                next.add(new Grant(p, form.textVersion(), channel, by, at, null, null));
                given.add(p);
            }
        }
        return new Accepted<>(new Consent(id, next, version + 1),
                new ConsentEvent.Given(id, Set.copyOf(given), form.textVersion(), channel, by, at));
    }

    /** Whether giving the form would change nothing: every purpose already in force on its text version. */
    public boolean covers(ConsentForm.Valid form) {
        return form.purposes().stream().allMatch(p -> inForce(p).filter(g -> g.textVersion()
                .equals(form.textVersion())).isPresent());
    }

    /** She takes back the purposes; each must be in force. */
    public Decision<Consent, ConsentEvent> withdraw(Set<Purpose> purposes, StaffRef by, Instant at) {
        for (Purpose p : purposes) {
            if (inForce(p).isEmpty()) {
                return Decision.invalid("purposes", p + " is not in force, so it cannot be withdrawn");
            }
        }
        List<Grant> next = grants.stream().map(g -> g.active() && purposes.contains(g.purpose())
                ? new Grant(g.purpose(), g.textVersion(), g.channel(), g.recordedBy(), g.at(), by, at) : g).toList();
        return new Accepted<>(new Consent(id, next, version + 1),
                new ConsentEvent.Withdrawn(id, Set.copyOf(purposes), by, at));
    }
}
