package com.clinic.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phones as staff type them all name one customer; what is no mainland mobile is refused. */
class PhonesTest {
    @Test
    void everyWayOfTypingANumberGivesTheSameElevenDigits() {
        for (String typed : List.of("13911112222", "139 1111 2222", "+86 139-1111-2222", "+8613911112222",
                "0086 139 1111 2222", "(+86) 139 1111 2222", "１３９１１１１２２２２")) {
            assertEquals("13911112222", Phones.mainlandMobile(typed), typed);
        }
    }

    @Test
    void landlinesForeignNumbersAndNonsenseAreNotMainlandMobiles() {
        for (String typed : List.of("010 6552 9988", "+1 415 555 0100", "1391111222", "139111122223", "12345678901",
                "abc", "139 1111 2222 ext. 5", "")) {
            assertNull(Phones.mainlandMobile(typed), typed);
        }
        assertEquals("139****2222", Phones.mask("13911112222"));
    }

    @Test
    void aFormNamesThePhoneItRefuses() {
        Check check = new Check();
        assertEquals("13911112222", check.mobile("phone", " +86 139 1111 2222 "));
        assertNull(check.mobile("other", "12345"));
        assertEquals("other", ((InvalidInput) org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                check::done)).errors().get(0).field());
    }
}
