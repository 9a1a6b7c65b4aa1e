package com.clinic.platform.functions;

import com.clinic.emulators.AdjustableClock;
import com.clinic.emulators.Emulators;
import com.clinic.emulators.LocalResources;
import com.clinic.emulators.Template;
import io.micronaut.context.ApplicationContext;

/**
 * The embedded emulators with the template's resources and one application context for all handlers,
 * started once per test JVM.
 */
public final class TestCloud {
    private static TestCloud instance;

    public final Emulators emulators;
    public final LocalResources resources;
    public final AdjustableClock clock = new AdjustableClock();
    public final RecordingTimers timers = new RecordingTimers();
    public final ApplicationContext context;

    private TestCloud() throws Exception {
        emulators = Emulators.start(null);
        resources = new LocalResources(Template.loadDefault(), emulators, "test").create();
        context = ApplicationContext.builder().properties(resources.functionProperties()).singletons(clock, timers)
                .deduceEnvironment(false).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                context.close();
                emulators.close();
            } catch (Exception ignored) {
                // the JVM is exiting
            }
        }));
    }

    public static synchronized TestCloud get() {
        if (instance == null) {
            try {
                instance = new TestCloud();
            } catch (Exception e) {
                throw new IllegalStateException("emulators did not start", e);
            }
        }
        return instance;
    }
}
