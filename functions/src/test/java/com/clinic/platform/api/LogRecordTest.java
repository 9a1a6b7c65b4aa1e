package com.clinic.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The record a log line names, from the route and the path's id: ops search a record's history by it. */
class LogRecordTest {

    @Test
    void aPathIdIsNamedWithItsCollection() {
        assertEquals("programs/P-1", ApiFunction.record("POST /programs/{id}/device-guidance", "P-1"));
        assertEquals("loans/L-9", ApiFunction.record("GET /loans/{id}", "L-9"));
        assertEquals("quarantine/Q-2", ApiFunction.record("POST /exams/quarantine/{id}/discard", "Q-2"));
    }

    @Test
    void aRouteWithoutAnIdNamesNoRecord() {
        assertNull(ApiFunction.record("GET /visits/{code}", null));
        assertNull(ApiFunction.record("POST /visits", null));
        assertNull(ApiFunction.record("PRIME", "PRIMING"));
    }
}
