package com.clinic.aftersales;

import com.clinic.platform.InvalidInput;
import java.time.YearMonth;

/**
 * The filters of the after-sales records lists (C-23 纠纷记录 / 关怀记录, C-30 通话记录): a Shanghai month, and at
 * most one of the staff member who made the records or the customer's mobile. Each is a key the list is stored
 * under, so every combination is one Query.
 */
public record RecordFilter(YearMonth month, String staffId, String phone) {
    public RecordFilter {
        if (staffId != null && phone != null) {
            throw InvalidInput.of("phone", "filter by the staff member or by the customer's phone, not both");
        }
    }
}
