package com.clinic.program.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinic.platform.InvalidInput;
import com.clinic.program.readings.Readings.ReadingForm;
import com.clinic.program.readings.Readings.ReadingsForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Device readings: each metric in its plausible range and precision, written in ASCII digits, never in the future. */
class ReadingsTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    static ReadingForm reading(String metric, String value) {
        return new ReadingForm(metric, value, "SCALE", "YF-SCALE-1", "2026-11-23T07:30:00+08:00");
    }

    @Test
    void aPlausibleReadingIsKeptAtItsMetricsPrecision() {
        var r = new ReadingsForm(List.of(reading("WEIGHT_KG", "68.50"), reading("STEPS", "8432"))).validate("P-1", NOW);
        assertEquals(new BigDecimal("68.5"), r.get(0).value());
        assertEquals("WEIGHT_KG#2026-11-22T23:30:00Z#YF-SCALE-1", r.get(0).key(), "a repeat is the same reading");
    }

    @Test
    void impossibleValuesAreRefusedByName() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new ReadingsForm(List.of(reading("WEIGHT_KG", "680"),
                reading("BODY_FAT_PCT", "31.25"), reading("STEPS", "12.5"), reading("HEART_RATE_BPM", "１２０"),
                reading("SLEEP_HOURS", "-1"), reading("BLOOD_SUGAR", "5"),
                new ReadingForm("WEIGHT_KG", "60", "SCALE", "YF-SCALE-1", "2026-11-24T07:30:00+08:00")))
                .validate("P-1", NOW));
        assertEquals(List.of("readings[0].value", "readings[1].value", "readings[2].value", "readings[3].value",
                "readings[4].value", "readings[5].metric", "readings[6].measuredAt"),
                e.errors().stream().map(f -> f.field()).toList());
    }
}
