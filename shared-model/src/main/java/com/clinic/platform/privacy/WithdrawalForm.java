package com.clinic.platform.privacy;

import com.clinic.platform.Check;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The purposes a customer takes her consent back from. */
public record WithdrawalForm(List<String> purposes) {
    public Set<Purpose> validate() {
        Check check = new Check();
        Set<Purpose> chosen = EnumSet.noneOf(Purpose.class);
        for (String p : check.texts("purposes", purposes, Purpose.values().length, 20)) {
            Purpose purpose = check.oneOf("purposes", p, Purpose.class, null);
            if (purpose != null) {
                chosen.add(purpose);
            }
        }
        if (chosen.isEmpty() && check.isClean()) {
            check.fail("purposes", "name at least one of " + List.of(Purpose.values()));
        }
        check.done();
        return chosen;
    }
}
