package com.clinic.platform.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.event.Level;

/**
 * What is logged and how, from Lambda's environment: the format (JSON, or TEXT off Lambda), the application log
 * level, the function's name. Micronaut and the SDK log warnings only (at their default levels the cold start about
 * doubles), and the emulators the tests and the local cloud run beside the functions log their errors only.
 *
 * @param json     Lambda's JSON log format ({@code AWS_LAMBDA_LOG_FORMAT=JSON})
 * @param root     the application log level ({@code AWS_LAMBDA_LOG_LEVEL}, INFO where unset)
 * @param function the function's name on every JSON line
 * @param quieter  the least level of loggers under a name prefix, longest prefix first
 */
record LogSettings(boolean json, Level root, String function, Map<String, Level> quieter) {
    static LogSettings fromEnvironment() {
        Map<String, Level> quieter = new LinkedHashMap<>();
        quieter.put("com.amazonaws.services.dynamodbv2", Level.ERROR);
        quieter.put("software.amazon.awssdk", Level.WARN);
        quieter.put("io.micronaut", Level.WARN);
        quieter.put("com.almworks.sqlite4java", Level.WARN);
        quieter.put("org.elasticmq", Level.WARN);
        quieter.put("org.apache.pekko", Level.WARN);
        quieter.put("org.gaul", Level.WARN); // s3proxy and the Jetty it shades
        quieter.put("org.eclipse.jetty", Level.WARN);
        return new LogSettings("JSON".equals(System.getenv("AWS_LAMBDA_LOG_FORMAT")),
                level(System.getenv("AWS_LAMBDA_LOG_LEVEL")),
                env("AWS_LAMBDA_FUNCTION_NAME", "local"), quieter);
    }

    /** The least level a logger of this name logs at. */
    Level levelOf(String logger) {
        Level least = root;
        for (Map.Entry<String, Level> q : quieter.entrySet()) {
            if (logger.startsWith(q.getKey()) && q.getValue().toInt() > least.toInt()) {
                least = q.getValue();
            }
        }
        return least;
    }

    /** Lambda's level names (FATAL is SLF4J's ERROR); anything else is INFO. */
    private static Level level(String name) {
        if (name == null) {
            return Level.INFO;
        }
        return switch (name) {
            case "TRACE" -> Level.TRACE;
            case "DEBUG" -> Level.DEBUG;
            case "WARN" -> Level.WARN;
            case "ERROR", "FATAL" -> Level.ERROR;
            default -> Level.INFO;
        };
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
