package com.clinic.platform.port;

import com.clinic.platform.calendar.CalendarYear;
import java.util.List;

/** The holiday notices loaded after the release (next year's, a corrected one). */
public interface CalendarStore {
    List<CalendarYear> years();

    void save(CalendarYear year);
}
