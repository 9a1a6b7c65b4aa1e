package com.clinic.platform.calendar;

import com.clinic.platform.Check;

/**
 * A year's holiday notice as the super admin enters it: the text {@link CalendarYear#parse} reads (one
 * {@code off} or {@code work} entry a line) and where it comes from (the notice's title or number).
 */
public record CalendarNoticeForm(String notice, String source) {

    /** The year from the path, the notice and its source, each checked. */
    public CalendarYear validate(String year, Calendars calendars) {
        Check check = new Check();
        Integer y = check.integer("year", year, Check.FIRST_YEAR, Check.LAST_YEAR);
        String text = check.required("notice", notice, 4_000);
        String from = check.required("source", source, 200);
        check.done();
        return calendars.load(y, text, from);
    }
}
