package com.clinic.aftersales.dynamodb;

import com.clinic.aftersales.RecordFilter;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The keys of an after-sales records list (disputes, care notes, calls) that {@link RecordFilter} reads: each
 * record lies on gsi1 under {@code <LIST>#<yyyy-MM>}, on gsi2 under {@code <LIST>#BY#<staff>} and on gsi3 under
 * {@code <LIST>#PHONE#<mobile>}, all sorted by {@code <instant>#<id>}; a month within the staff or phone partition
 * is a sort-key range. Every filter is one Query, newest first.
 */
final class RecordLists {
    private RecordLists() {
    }

    /** The three list keys of a record made by {@code by} at {@code at} about the customer with {@code phone}. */
    static Attrs.Item keys(Attrs.Item item, String list, Instant at, String id, String by, String phone) {
        String order = at + "#" + id;
        item.put("gsi1pk", list + "#" + YearMonth.from(ShanghaiTime.dateOf(at))).put("gsi1sk", order)
                .put("gsi2pk", list + "#BY#" + by).put("gsi2sk", order);
        if (phone != null) {
            item.put("gsi3pk", list + "#PHONE#" + phone).put("gsi3sk", order);
        }
        return item;
    }

    static <T> Page<T> query(ClinicTable table, String list, RecordFilter f, PageRequest page,
                             Function<Map<String, AttributeValue>, T> mapper) {
        if (f.phone() != null) {
            return table.query("gsi3", "gsi3pk", list + "#PHONE#" + f.phone(), range(f.month()), page, false, mapper);
        }
        if (f.staffId() != null) {
            return table.query("gsi2", "gsi2pk", list + "#BY#" + f.staffId(), range(f.month()), page, false, mapper);
        }
        return table.query("gsi1", "gsi1pk", list + "#" + f.month(), page, false, mapper);
    }

    /** The month's sort keys: instants from its first Shanghai midnight up to the next. */
    private static ClinicTable.Range range(YearMonth month) {
        return month == null ? null : ClinicTable.Range.between(ShanghaiTime.startOf(month.atDay(1)),
                ShanghaiTime.startOf(month.plusMonths(1).atDay(1)));
    }
}
