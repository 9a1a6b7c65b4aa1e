package com.clinic.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The embedded metric format line CloudWatch Logs turns into a metric. */
class BusinessMetricsTest {

    @Test
    void oneLineOfEmbeddedMetricFormat() {
        assertEquals("{\"_aws\":{\"Timestamp\":1795400000000,\"CloudWatchMetrics\":[{\"Namespace\":\"Clinic\","
                + "\"Dimensions\":[[\"Timer\"]],\"Metrics\":[{\"Name\":\"TimersFired\",\"Unit\":\"Count\"}]}]},"
                + "\"Timer\":\"T-02\",\"TimersFired\":1}",
                BusinessMetrics.line("TimersFired", 1, "Timer", "T-02", 1_795_400_000_000L));
    }

    @Test
    void onlyTheCodesOwnNamesAreWritten() {
        assertThrows(IllegalArgumentException.class, () -> BusinessMetrics.line("Bookings", 1, "Channel",
                "张丽\",\"x", 0));
    }
}
