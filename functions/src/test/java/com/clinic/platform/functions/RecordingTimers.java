package com.clinic.platform.functions;

import com.clinic.platform.port.TimerScheduler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The timer port for handler tests: keeps what was scheduled by name, as the scheduler would. */
public final class RecordingTimers implements TimerScheduler {
    public final Map<String, Timer> pending = new ConcurrentHashMap<>();

    @Override
    public void schedule(Timer timer) {
        pending.putIfAbsent(timer.name(), timer);
    }

    @Override
    public void cancel(String name) {
        pending.remove(name);
    }
}
