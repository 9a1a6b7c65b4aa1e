package com.clinic.aftersales.functions;

import com.clinic.aftersales.RecordFilter;
import com.clinic.platform.Check;
import com.clinic.platform.api.ApiRequest;
import java.time.Instant;

/**
 * The query of the after-sales records lists (C-23, C-30): {@code ?month=yyyy-MM}, {@code ?owner=<staff id>|me}
 * (who made the records), {@code ?phone=<customer's mobile>}. Without owner or phone the month is this month by
 * default; with one of them and no month, every month.
 */
public final class RecordFilters {
    private RecordFilters() {
    }

    public static RecordFilter of(ApiRequest r, Instant now) {
        Check check = new Check();
        String owner = "me".equals(r.query("owner")) ? r.actor().id() : check.optional("owner", r.query("owner"), 64);
        String phone = r.query("phone") == null || r.query("phone").isBlank() ? null
                : check.mobile("phone", r.query("phone"));
        check.done();
        boolean everyMonth = (owner != null || phone != null)
                && (r.query("month") == null || r.query("month").isBlank());
        return new RecordFilter(everyMonth ? null : r.month("month", now), owner, phone);
    }
}
