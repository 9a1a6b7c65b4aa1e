package com.clinic.aftersales.functions.loans;

import com.clinic.platform.InvalidInput;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.api.ApiRequest;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The {@code ?month=yyyy-MM} of a list across loans; this month in Shanghai when absent. */
final class MonthQuery {
    private MonthQuery() {
    }

    static YearMonth of(ApiRequest r, Instant now) {
        String month = r.query("month");
        if (month == null || month.isBlank()) {
            return YearMonth.from(ShanghaiTime.dateOf(now));
        }
        try {
            YearMonth m = YearMonth.parse(month.strip());
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw InvalidInput.of("month", "must be between the years 2000 and 2100");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("month", "must be a month like 2026-11");
        }
    }
}
