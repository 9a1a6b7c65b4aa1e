package com.clinic.platform.api;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * The figures the clinic watches (bookings, payments, timers fired, later the program's overdue deadlines) as
 * CloudWatch embedded metric format: one JSON line on standard output, which CloudWatch Logs turns into a metric
 * of the namespace {@code Clinic} — no API call, nothing on the request's path but a print. Names and dimension
 * values are the code's own constants, never customer data.
 */
public final class BusinessMetrics {
    public static final String NAMESPACE = "Clinic";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private BusinessMetrics() {
    }

    /** Emits {@code value} of {@code metric} (a count, or fen) under one dimension. */
    public static void emit(String metric, long value, String dimension, String dimensionValue) {
        System.out.println(line(metric, value, dimension, dimensionValue, Clock.systemUTC().millis()));
    }

    static String line(String metric, long value, String dimension, String dimensionValue, long epochMillis) {
        for (String s : new String[] {metric, dimension, dimensionValue}) {
            if (!NAME.matcher(s).matches()) {
                throw new IllegalArgumentException("not a metric name or dimension value: " + s);
            }
        }
        String unit = metric.endsWith("Fen") ? "None" : "Count";
        return "{\"_aws\":{\"Timestamp\":" + epochMillis + ",\"CloudWatchMetrics\":[{\"Namespace\":\"" + NAMESPACE
                + "\",\"Dimensions\":[[\"" + dimension + "\"]],\"Metrics\":[{\"Name\":\"" + metric + "\",\"Unit\":\""
                + unit + "\"}]}]},\"" + dimension + "\":\"" + dimensionValue + "\",\"" + metric + "\":" + value + "}";
    }
}
