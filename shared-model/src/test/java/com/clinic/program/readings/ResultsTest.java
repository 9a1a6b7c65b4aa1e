package com.clinic.program.readings;

import com.clinic.program.PlanDays;
import com.clinic.program.readings.Results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.clinic.program.readings.Readings.Metric;
import com.clinic.program.readings.Readings.Reading;
import com.clinic.program.readings.Readings.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison table: the scale's baseline and last measure, the wristband's first and last week, the change. */
class ResultsTest {
    static final PlanDays DAYS = new PlanDays(LocalDate.of(2026, 12, 1), null);

    static Reading at(Metric m, String value, String shanghai) {
        return new Reading("P-1", m, new BigDecimal(value), m == Metric.WEIGHT_KG || m == Metric.BODY_FAT_PCT
                ? Source.SCALE : Source.WRISTBAND, "D-1", OffsetDateTime.parse(shanghai + "+08:00").toInstant());
    }

    @Test
    void theScaleComparesItsFirstAndLastMeasureWithinThePlan() {
        Results r = Results.of(Map.of(Metric.BODY_FAT_PCT, List.of(at(Metric.BODY_FAT_PCT, "31.0", "2026-11-30T07:00:00"),
                at(Metric.BODY_FAT_PCT, "30.5", "2026-12-01T07:00:00"), at(Metric.BODY_FAT_PCT, "27.5",
                        "2027-01-19T07:00:00"), at(Metric.BODY_FAT_PCT, "27.0", "2027-01-20T07:00:00"))), DAYS);
        Results.Row fat = r.rows().get(1);
        assertEquals(new BigDecimal("30.5"), fat.start(), "the last up to day 1: day 1's, not the eve's");
        assertEquals(new BigDecimal("27.5"), fat.end(), "up to the end (day 50), not after");
        assertEquals("体脂率下降 3.0 个百分点", fat.said());
        assertNull(r.rows().get(0).change(), "no weight measured");
        assertEquals("体重：数据不足", r.rows().get(0).said());
        Results late = Results.of(Map.of(Metric.WEIGHT_KG, List.of(at(Metric.WEIGHT_KG, "68.5", "2026-11-20T07:00:00"),
                at(Metric.WEIGHT_KG, "64.3", "2027-01-18T07:00:00"))), DAYS);
        assertEquals("体重下降 4.2kg", late.rows().get(0).said(), "a baseline before day 1 counts");
        Results once = Results.of(Map.of(Metric.WEIGHT_KG, List.of(at(Metric.WEIGHT_KG, "68.5", "2026-12-03T07:00:00"))),
                DAYS);
        assertEquals(new BigDecimal("68.5"), once.rows().get(0).start(), "no baseline: the plan's first");
        assertNull(once.rows().get(0).end(), "one measure is no change");
    }

    @Test
    void theWristbandComparesTheFirstAndLastWeeksDailyMeans() {
        Results r = Results.of(Map.of(Metric.STEPS, List.of(at(Metric.STEPS, "3000", "2026-12-01T12:00:00"),
                at(Metric.STEPS, "6000", "2026-12-01T22:00:00"), at(Metric.STEPS, "4000", "2026-12-02T22:00:00"),
                at(Metric.STEPS, "9000", "2027-01-18T22:00:00"), at(Metric.STEPS, "9000", "2026-12-20T22:00:00"))),
                DAYS);
        Results.Row steps = r.rows().get(2);
        assertEquals(new BigDecimal("5000"), steps.start(), "a day's steps are its highest count: (6000 + 4000) / 2");
        assertEquals(new BigDecimal("9000"), steps.end(), "the last week is days 43 to 49");
        assertEquals(new BigDecimal("4000"), steps.change());
    }
}
