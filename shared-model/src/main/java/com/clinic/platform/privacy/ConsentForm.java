package com.clinic.platform.privacy;

import com.clinic.platform.Check;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The consent a customer gives: the version of the texts she was shown and the purposes she agreed to, each ticked
 * separately. Sent beside a booking or a walk-in ({@code "consent": {…}}) or on its own.
 */
public record ConsentForm(String textVersion, List<String> purposes) {
    /** A valid consent: a known text version and at least one purpose. */
    public record Valid(String textVersion, Set<Purpose> purposes) {
    }

    public Valid validate(String prefix) {
        Check check = new Check();
        String version = check.required(prefix + "textVersion", textVersion, 20);
        if (version != null && ConsentTexts.of(version).isEmpty()) {
            check.fail(prefix + "textVersion", "is not a version of the consent texts (now "
                    + ConsentTexts.current().version() + ")");
        }
        Set<Purpose> chosen = EnumSet.noneOf(Purpose.class);
        for (String p : check.texts(prefix + "purposes", purposes, Purpose.values().length, 20)) {
            Purpose purpose = check.oneOf(prefix + "purposes", p, Purpose.class, null);
            if (purpose != null && !chosen.add(purpose)) {
                check.fail(prefix + "purposes", "names " + purpose + " twice");
            }
        }
        if (chosen.isEmpty() && check.isClean()) {
            check.fail(prefix + "purposes", "name at least one of " + List.of(Purpose.values()));
        }
        check.done();
        return new Valid(version, chosen);
    }
}
