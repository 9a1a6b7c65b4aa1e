package com.clinic.platform.logging;

import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * One logger: an event at or above its least level becomes one line — in Lambda's JSON log format the object ops
 * query in CloudWatch Logs Insights ({@code timestamp} in UTC, {@code level}, {@code message}, {@code logger},
 * {@code function}, the MDC's fields flattened — {@code AWSRequestId}, {@code route}, {@code visit} or
 * {@code record} — and for an error {@code errorType}, {@code errorMessage}, {@code stackTrace}); elsewhere a line
 * to read. Written through the runtime's logger, which passes a JSON line on as it is.
 */
final class LambdaJsonLogger extends LegacyAbstractLogger {
    private final transient Level least;
    private final transient LogSettings settings;

    LambdaJsonLogger(String name, Level least, LogSettings settings) {
        this.name = name;
        this.least = least;
        this.settings = settings;
    }

    private boolean on(Level level) {
        return level.toInt() >= least.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return on(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return on(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return on(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return on(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return on(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable thrown) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        String line = settings.json() ? json(level, message, thrown) : text(level, message, thrown);
        LambdaRuntime.getLogger().log(line.getBytes(StandardCharsets.UTF_8), LogLevel.fromString(level.name()));
    }

    private String json(Level level, String message, Throwable thrown) {
        JsonLine line = new JsonLine()
                .field("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
                .field("level", level.name())
                .field("message", message)
                .field("logger", name)
                .field("function", settings.function());
        if (thrown != null) {
            line.field("errorType", thrown.getClass().getName()).field("errorMessage", thrown.getMessage())
                    .field("stackTrace", stackTrace(thrown));
        }
        Map<String, String> context = MDC.getCopyOfContextMap();
        if (context != null) {
            context.forEach(line::field);
        }
        return line.end();
    }

    private String text(Level level, String message, Throwable thrown) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return String.format("%-5s %s %s - %s%n%s", level, name.substring(name.lastIndexOf('.') + 1),
                context == null ? "{}" : context, message, thrown == null ? "" : stackTrace(thrown));
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
