package com.clinic.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors while a command is built, then throws them together. */
public final class Check {
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");
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

    public String mobile(String field, String value) {
        String v = required(field, value, 11);
        if (v != null && !MAINLAND_MOBILE.matcher(v).matches()) {
            fail(field, "must be an 11-digit mainland China mobile number");
        }
        return v;
    }

    /** An instant written as ISO-8601 with an offset, e.g. 2026-11-23T14:30:00+08:00. */
    public Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
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
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            fail(field, "must be a date like 2026-11-23");
            return null;
        }
    }

    /**
     * A whole number within bounds, or null when absent. Forms take numbers as text, so a JSON number and a
     * typo alike reach this check and get an error naming the field.
     */
    public Integer integer(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            fail(field, "must be a whole number");
            return null;
        }
        if (n < min || n > max) {
            fail(field, "must be between " + min + " and " + max);
        }
        return n;
    }

    /** An amount of money in fen (a whole number), required and greater than zero. */
    public Long fen(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required (in fen)");
            return null;
        }
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            fail(field, "must be a whole number of fen");
            return null;
        }
        if (n <= 0) {
            fail(field, "must be greater than zero");
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

    /** Throws every error collected so far; the command is built only when there are none. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
