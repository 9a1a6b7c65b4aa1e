package com.clinic.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects field errors while a command is built, then throws them together. */
public final class Check {
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");
    /** Dates and times outside these years are typing mistakes, not business (and would sort before all). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    private final List<FieldError> errors = new ArrayList<>();

    public Check fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Trimmed text, or null (with an error) when missing or longer than max. */
    public String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            fail(field, "is required");
        }
        return v;
    }

    /** Trimmed text or null when blank; an error when longer than max. */
    public String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            fail(field, "must be at most " + max + " characters");
        }
        return v;
    }

    /** The body a command needs: a 400 naming {@code body} when the request came without one. */
    public static <T> T body(T form) {
        if (form == null) {
            throw InvalidInput.of("body", "is required");
        }
        return form;
    }

    /**
     * A mainland China mobile number as staff type it ({@code 139 1111 2222}, {@code +86 139-1111-2222},
     * {@code 008613911112222}), returned in one normal form (11 digits) so every way of typing it names the
     * same customer.
     */
    public String mobile(String field, String value) {
        String v = required(field, value, 32);
        if (v == null) {
            return null;
        }
        String normal = Phones.mainlandMobile(v);
        if (normal == null) {
            fail(field, "must be a mainland China mobile number, e.g. 139 1234 5678");
        }
        return normal;
    }

    /** An instant written as ISO-8601 with an offset, e.g. 2026-11-23T14:30:00+08:00. */
    public Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return null;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(value.strip());
            if (!plausibleYear(t.atZoneSameInstant(ZoneOffset.UTC).getYear())) {
                fail(field, "must be between the years " + FIRST_YEAR + " and " + LAST_YEAR);
                return null;
            }
            return t.toInstant();
        } catch (DateTimeException e) {
            fail(field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-23T14:30:00+08:00");
            return null;
        }
    }

    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (!plausibleYear(d.getYear())) {
                fail(field, "must be between the years " + FIRST_YEAR + " and " + LAST_YEAR);
                return null;
            }
            return d;
        } catch (DateTimeException e) {
            fail(field, "must be a date like 2026-11-23");
            return null;
        }
    }

    /** A date within [from, to], or null with an error saying the window. */
    public LocalDate dateWithin(String field, String value, LocalDate from, LocalDate to, String window) {
        LocalDate d = date(field, value);
        if (d != null && (d.isBefore(from) || d.isAfter(to))) {
            fail(field, "must be " + window + " (" + from + " to " + to + ")");
            return null;
        }
        return d;
    }

    private static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * A whole number within bounds, or null when absent. Forms take numbers as text, so a JSON number and a
     * typo alike reach this check and get an error naming the field.
     */
    public Integer integer(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long n = whole(field, value, "must be a whole number");
        if (n == null) {
            return null;
        }
        if (n < min || n > max) {
            fail(field, "must be between " + min + " and " + max);
            return null;
        }
        return n.intValue();
    }

    /**
     * A whole number written with ASCII digits and an optional minus sign (Java's parser also takes full-width
     * and other scripts' digits, which no amount typed into a till should be), or null with an error.
     */
    private Long whole(String field, String value, String message) {
        String v = value.strip();
        if (!WHOLE.matcher(v).matches()) {
            fail(field, message);
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            fail(field, "is far too large");
            return null;
        }
    }

    /**
     * An amount of money in fen (a whole number), required, greater than zero and at most {@code max}
     * ({@link Money#MAX_LINE} for a price or a payment line).
     */
    public Long fen(String field, String value, long max) {
        if (value == null || value.isBlank()) {
            fail(field, "is required (in fen)");
            return null;
        }
        Long n = whole(field, value, "must be a whole number of fen");
        if (n == null) {
            return null;
        }
        if (n <= 0) {
            fail(field, "must be greater than zero");
            return null;
        }
        if (n > max) {
            fail(field, "must be at most " + max + " fen (" + Money.yuan(max) + ")");
            return null;
        }
        return n;
    }

    /** true or false, or the fallback when absent. */
    public boolean bool(String field, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        if (!v.equals("true") && !v.equals("false")) {
            fail(field, "must be true or false");
            return fallback;
        }
        return Boolean.parseBoolean(v);
    }

    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                fail(field, "is required");
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            fail(field, "must be one of " + List.of(type.getEnumConstants()));
            return fallback;
        }
    }

    public List<String> texts(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            fail(field, "must hold at most " + maxItems + " entries");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String v = optional(field + "[" + i + "]", values.get(i), maxLength);
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** Whether no error was found so far. */
    public boolean isClean() {
        return errors.isEmpty();
    }

    /** Throws every error collected so far; the command is built only when there are none. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /**
     * The storage keys of 1 to 9 uploads a step files: each issued for {@code folder} (the record's own) and named
     * once; each bad one named by its place.
     */
    public List<String> uploadKeys(String field, List<String> keys, String folder, String what, String whose) {
        if (keys == null || keys.isEmpty() || keys.size() > 9) {
            fail(field, "must list 1 to 9 " + what);
            done();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = required(field + "[" + i + "]", keys.get(i), 512);
            if (k != null && !k.startsWith(folder)) {
                fail(field + "[" + i + "]", "must be the key of an upload URL issued for " + whose);
            } else if (k != null && !seen.add(k)) {
                fail(field + "[" + i + "]", "is listed twice");
            }
        }
        return List.copyOf(keys);
    }
}
