package com.clinic.platform.calendar;

import com.clinic.platform.port.CalendarStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working-day calendar the deadlines use: the notices shipped with the code (2025, 2026) and the years the
 * super admin has loaded since (a loaded year replaces a shipped one), so next year needs data, not a release.
 */
public final class Calendars {
    /** The years whose State Council notice is shipped as {@code calendar/cn-<year>.txt}. */
    static final List<Integer> SHIPPED = List.of(2025, 2026);

    private final CalendarStore store;

    public Calendars(CalendarStore store) {
        this.store = store;
    }

    public WorkCalendar calendar() {
        Map<Integer, CalendarYear> years = new LinkedHashMap<>();
        shipped().forEach(y -> years.put(y.year(), y));
        store.years().forEach(y -> years.put(y.year(), y));
        return new WorkCalendar(years.values(), BusinessHours.OFFICE);
    }

    /** Loads a year's notice (its text as {@link CalendarYear#parse} reads it); loading it again replaces it. */
    public CalendarYear load(int year, String notice, String source) {
        CalendarYear y;
        try {
            y = CalendarYear.parse(notice, source);
        } catch (com.clinic.platform.InvalidInput e) {
            throw new com.clinic.platform.InvalidInput(e.errors().stream().map(f -> new com.clinic.platform.FieldError(
                    "notice." + f.field(), f.message())).toList());
        }
        if (y.year() != year) {
            throw com.clinic.platform.InvalidInput.of("year", "the notice is for " + y.year() + ", not " + year);
        }
        store.save(y);
        return y;
    }

    static List<CalendarYear> shipped() {
        List<CalendarYear> out = new ArrayList<>();
        for (int year : SHIPPED) {
            String name = "/calendar/cn-" + year + ".txt";
            try (InputStream in = Calendars.class.getResourceAsStream(name)) {
                out.add(CalendarYear.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "国务院办公厅关于" + year + "年部分节假日安排的通知"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
