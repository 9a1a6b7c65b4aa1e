package com.clinic.platform.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** One logger per name, each with its least level worked out once. */
final class LambdaJsonLoggers implements ILoggerFactory {
    private final LogSettings settings;
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    LambdaJsonLoggers(LogSettings settings) {
        this.settings = settings;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new LambdaJsonLogger(n, settings.levelOf(n), settings));
    }
}
