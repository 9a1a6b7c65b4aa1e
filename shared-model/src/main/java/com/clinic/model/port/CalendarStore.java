package com.clinic.model.port;

import com.clinic.model.calendar.CalendarYear;
import java.util.List;

/** The holiday notices loaded after the release (next year's, a corrected one). */
public interface CalendarStore {
    List<CalendarYear> years();

    void save(CalendarYear year);
}
