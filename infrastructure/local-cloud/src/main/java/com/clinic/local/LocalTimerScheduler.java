package com.clinic.local;

import com.clinic.model.port.TimerScheduler;
import io.micronaut.core.reflect.GenericTypeUtils;
import com.clinic.functions.api.ClinicFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.clinic.emulators.AdjustableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The local EventBridge Scheduler: one-time timers by name (a repeat create changes nothing), fired when the
 * clock passes their time by invoking the target function with the payload, deleted after they fire, retried
 * three times and then sent to the dead-letter handler. Tests move the clock to make day-N timers due.
 */
public final class LocalTimerScheduler implements TimerScheduler {
    static final int ATTEMPTS = 3;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LocalTimerScheduler.class);

    private final Map<String, Timer> pending = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final AdjustableClock clock;
    private final Path store;
    private LocalFunctions functions;
    private Consumer<Timer> deadLetters;

    LocalTimerScheduler(AdjustableClock clock, Path dataDir) {
        this.clock = clock;
        this.store = dataDir == null ? null : dataDir.resolve("timers.tsv");
        load();
    }

    /** Connects the scheduler to the functions it fires, once they exist (they need it in their context). */
    void connect(LocalFunctions functions, Consumer<Timer> deadLetters) {
        this.functions = functions;
        this.deadLetters = deadLetters;
    }

    @Override
    public void schedule(Timer timer) {
        if (pending.putIfAbsent(timer.name(), timer) == null) {
            save();
        }
    }

    @Override
    public void cancel(String name) {
        if (pending.remove(name) != null) {
            save();
        }
    }

    public List<Timer> pending() {
        return pending.values().stream().sorted(Comparator.comparing(Timer::at)).toList();
    }

    /** Moves the clock forward and fires what fell due, with no tick in between; returns how many fired. */
    public synchronized int advance(Duration by) {
        clock.advance(by);
        return fireDue();
    }

    /** Fires every timer that is due now; returns how many fired. */
    public synchronized int fireDue() {
        Instant now = clock.instant();
        int fired = 0;
        for (Timer t : pending()) {
            if (t.at().isAfter(now)) {
                break;
            }
            try {
                var handler = functions.handler(t.target());
                Class<?>[] types = GenericTypeUtils.resolveSuperTypeGenericArguments(handler.getClass(),
                        ClinicFunction.class);
                handler.handleRequest(LambdaInput.read(t.payload(), types[0]), null);
                pending.remove(t.name());
                fired++;
            } catch (RuntimeException e) {
                LOG.warn("timer {} failed to fire", t.name(), e);
                if (failures.merge(t.name(), 1, Integer::sum) >= ATTEMPTS) {
                    pending.remove(t.name());
                    deadLetters.accept(t);
                }
            }
        }
        save();
        return fired;
    }

    private void load() {
        if (store == null || !Files.exists(store)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(store)) {
                String[] f = line.split("\t");
                pending.put(f[0], new Timer(f[0], Instant.parse(f[1]), f[2],
                        new String(Base64.getDecoder().decode(f[3]), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save() {
        if (store == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Timer t : pending()) {
            lines.add(t.name() + "\t" + t.at() + "\t" + t.target() + "\t"
                    + Base64.getEncoder().encodeToString(t.payload().getBytes(StandardCharsets.UTF_8)));
        }
        try {
            Files.write(store, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
