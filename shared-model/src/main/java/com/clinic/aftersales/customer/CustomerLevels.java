package com.clinic.aftersales.customer;

import com.clinic.platform.Check;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.KeptList;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * C-16: the customer levels after-sales may set, kept by the super admin (one catalogue, {@link #ID}). A level
 * taken off the list stays on the customers who have it (their history names it as it was).
 */
public record CustomerLevels(String id, List<Entry> levels, StaffRef changedBy, Instant changedAt, long version)
        implements KeptList<CustomerLevels.Entry> {
    public static final String ID = "CUSTOMER-LEVELS";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,20}");

    /** A level: a short code ({@code VIP}), its name (贵宾) and what it means. */
    public record Entry(String code, String name, String description) {
    }

    public CustomerLevels {
        levels = List.copyOf(levels);
    }

    @Override
    public List<Entry> entries() {
        return levels;
    }

    /** The super admin's list as sent: codes unique, upper-case letters, digits, underscores. */
    public record Form(List<Entry> levels) {
        public List<Entry> validate() {
            Check check = new Check();
            if (levels == null || levels.isEmpty() || levels.size() > 50) {
                check.fail("levels", "must list 1 to 50 levels");
                check.done();
            }
            Set<String> seen = new HashSet<>();
            List<Entry> out = new java.util.ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                Entry e = levels.get(i) == null ? new Entry(null, null, null) : levels.get(i);
                String at = "levels[" + i + "].";
                String code = check.required(at + "code", e.code(), 20);
                if (code != null && !CODE.matcher(code).matches()) {
                    check.fail(at + "code", "must be upper-case letters, digits or _ (e.g. VIP)");
                } else if (code != null && !seen.add(code)) {
                    check.fail(at + "code", "is listed twice");
                }
                out.add(new Entry(code, check.required(at + "name", e.name(), 20),
                        check.optional(at + "description", e.description(), 200)));
            }
            check.done();
            return out;
        }
    }

    public static Accepted<CustomerLevels, PayingCustomerEvent> first(List<Entry> levels, StaffRef by, Instant at) {
        return new Accepted<>(new CustomerLevels(ID, levels, by, at, 1), event(levels, by, at));
    }

    public Decision<CustomerLevels, PayingCustomerEvent> replace(List<Entry> next, StaffRef by, Instant at) {
        if (next.equals(levels)) {
            return Decision.refuse("nothing changed");
        }
        return new Accepted<>(new CustomerLevels(ID, next, by, at, version + 1), event(next, by, at));
    }

    public Optional<Entry> find(String code) {
        return levels.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    private static PayingCustomerEvent event(List<Entry> levels, StaffRef by, Instant at) {
        return new PayingCustomerEvent.CustomerLevelsChanged(ID, by, at, levels.stream().map(Entry::name).toList());
    }
}
