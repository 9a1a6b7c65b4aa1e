package com.clinic.platform.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The functions' SLF4J binding: each event one line in Lambda's JSON log format (LambdaJsonLogger), written through
 * the runtime's logger. It replaces Log4j 2 and AWS's appender, whose start (about 2,000 classes, half a second)
 * every cold start paid before the first request (BENCHMARKS.md). Found by SLF4J through
 * {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider}.
 */
public final class LambdaJsonLogging implements SLF4JServiceProvider {
    private final ILoggerFactory loggers = new LambdaJsonLoggers(LogSettings.fromEnvironment());
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to read or open: the settings come from the environment, the output is the runtime's logger
    }
}
