package com.clinic.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/** The functions' log lines as Lambda's JSON log format and CloudWatch Logs Insights read them. */
class LambdaJsonLoggerTest {
    private static final LogSettings JSON = new LogSettings(true, Level.INFO, "clinic-GetVisitFunction",
            Map.of("io.micronaut", Level.WARN));

    private static List<String> lines(Runnable logging) {
        PrintStream was = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            logging.run();
        } finally {
            System.setOut(was);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void anErrorIsOneJsonLineWithItsContextAndItsStackTrace() throws Exception {
        Logger log = new LambdaJsonLoggers(JSON).getLogger("com.clinic.platform.api.ApiFunction");
        List<String> lines = lines(() -> {
            MDC.put("AWSRequestId", "8476a536-e9f4-11e8-9739-2dfe598c3fcd");
            MDC.put("route", "POST /visits");
            try {
                log.error("request failed: {} \"{}\"", 500, "line\nbreak", new IllegalStateException("table gone"));
            } finally {
                MDC.clear();
            }
        });
        assertEquals(1, lines.size(), "one event, one line: " + lines);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertEquals("ERROR", line.path("level").asText());
        assertEquals("request failed: 500 \"line\nbreak\"", line.path("message").asText());
        assertEquals("com.clinic.platform.api.ApiFunction", line.path("logger").asText());
        assertEquals("clinic-GetVisitFunction", line.path("function").asText());
        assertEquals("8476a536-e9f4-11e8-9739-2dfe598c3fcd", line.path("AWSRequestId").asText());
        assertEquals("POST /visits", line.path("route").asText());
        assertEquals("java.lang.IllegalStateException", line.path("errorType").asText());
        assertEquals("table gone", line.path("errorMessage").asText());
        assertTrue(line.path("stackTrace").asText().contains("LambdaJsonLoggerTest"));
        assertTrue(line.path("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z"));
    }

    @Test
    void levelsFollowTheSettingsAndTheQuieterPrefixes() {
        LambdaJsonLoggers loggers = new LambdaJsonLoggers(JSON);
        Logger ours = loggers.getLogger("com.clinic.x");
        Logger micronaut = loggers.getLogger("io.micronaut.context.DefaultBeanContext");
        assertTrue(ours.isInfoEnabled());
        assertFalse(ours.isDebugEnabled());
        assertFalse(micronaut.isInfoEnabled(), "Micronaut logs warnings only");
        assertTrue(micronaut.isWarnEnabled());
        assertTrue(lines(() -> {
            ours.debug("not written");
            micronaut.info("not written");
        }).isEmpty());
    }

    @Test
    void slf4jFindsThisBinding() {
        assertEquals(LambdaJsonLoggers.class, LoggerFactory.getILoggerFactory().getClass());
    }
}
