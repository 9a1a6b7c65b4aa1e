package com.clinic.office.functions.calendar;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.NoTableAtStart;
import com.clinic.platform.api.Serves;
import com.clinic.platform.calendar.CalendarNoticeForm;
import com.clinic.platform.calendar.CalendarYear;
import com.clinic.platform.calendar.Calendars;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * T-12 (the working-day calendar the deadlines use): the super admin loads a year's State Council holiday notice,
 * so next year's working days are data, not a release. Loading a year again replaces it.
 */
@Serves({"T-12"})
@AllowedRoles(Role.SUPER_ADMIN)
public class LoadCalendarYearFunction extends ApiFunction implements NoTableAtStart {
    private final Calendars calendars = bean(Calendars.class);

    public LoadCalendarYearFunction() {
    }

    public LoadCalendarYearFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        CalendarYear y = r.body(CalendarNoticeForm.class).validate(r.path("year"), calendars);
        return ApiResponse.ok(new CalendarYearView(y.year(), sorted(y.daysOff()), sorted(y.makeUpWorkdays()),
                y.source()));
    }

    private static List<String> sorted(java.util.Set<LocalDate> days) {
        return days.stream().sorted().map(LocalDate::toString).toList();
    }

    /** A year of the calendar: the days off and the weekend days worked instead. */
    @Serdeable
    public record CalendarYearView(int year, List<String> daysOff, List<String> makeUpWorkdays, String source) {
    }
}
