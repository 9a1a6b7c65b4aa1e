package com.clinic.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.InvalidInput;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentTest {
    static final StaffRef SALES = new StaffRef("s1", "李开发");
    static final Instant AT = Instant.parse("2026-11-22T08:30:00Z");

    static ConsentForm.Valid form(String version, String... purposes) {
        return new ConsentForm(version, List.of(purposes)).validate("consent.");
    }

    @Test
    void eachPurposeIsGivenOnItsTextVersionAndKeptWhenWithdrawn() {
        Consent c = Consent.first("13912345678", form("2026-12", "SERVICE", "SENSITIVE"), Channel.BOOKING, SALES, AT)
                .after();
        assertTrue(c.inForce(Purpose.SENSITIVE).isPresent());
        assertFalse(c.withdrawn(Purpose.MARKETING));
        Consent after = ((Decision.Accepted<Consent, ConsentEvent>) c.withdraw(Set.of(Purpose.SENSITIVE), SALES,
                AT.plusSeconds(60))).after();
        assertTrue(after.withdrawn(Purpose.SENSITIVE));
        assertTrue(after.inForce(Purpose.SERVICE).isPresent());
        assertEquals(2, after.grants().size(), "the withdrawn grant is kept");
        assertEquals(AT.plusSeconds(60), after.grants().get(1).withdrawnAt());
        Consent again = after.give(form("2026-12", "SENSITIVE"), Channel.PAPER, SALES, AT.plusSeconds(120)).after();
        assertFalse(again.withdrawn(Purpose.SENSITIVE));
        assertEquals(3, again.grants().size());
    }

    @Test
    void givingWhatIsInForceChangesNothingAndANewVersionReplacesTheOld() {
        Consent c = Consent.first("13912345678", form("2026-12", "SERVICE"), Channel.WALK_IN, SALES, AT).after();
        assertTrue(c.covers(form("2026-12", "SERVICE")));
        assertFalse(c.covers(form("2026-12", "SERVICE", "MARKETING")));
        assertTrue(c.withdraw(Set.of(Purpose.MARKETING), SALES, AT) instanceof Decision.Rejected<?, ?> r
                && "purposes".equals(r.field()), "what is not in force cannot be withdrawn");
    }

    @Test
    void aFormNamesEachBadField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> form("1999-01", "SENSITIVE", "SENSITIVE"));
        assertEquals(List.of("consent.textVersion", "consent.purposes"), e.errors().stream().map(f -> f.field()).distinct()
                .toList());
        assertThrows(InvalidInput.class, () -> form("2026-12"));
        assertThrows(InvalidInput.class, () -> form("2026-12", "ADVERTS"));
    }
}
