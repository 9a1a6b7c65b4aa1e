package com.clinic.local;

import com.clinic.emulators.AdjustableClock;
import com.clinic.functions.api.ClinicFunction;
import com.clinic.functions.config.TimerTargets;
import com.clinic.infra.scheduler.TimerPayloads;
import com.clinic.model.port.TimerScheduler;
import com.clinic.model.timer.TimerKind;
import io.micronaut.core.reflect.GenericTypeUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The local EventBridge Scheduler: one-time timers by name (a repeat create changes nothing), fired when the
 * clock passes their time by invoking the function of their kind ({@link TimerTargets}) with the payload the
 * deployed scheduler would send, deleted after they fire, retried three times and then sent to the dead-letter
 * handler. Tests move the clock to make day-N timers due.
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
                var handler = functions.handler(TimerTargets.FUNCTIONS.get(t.kind()));
                Class<?>[] types = GenericTypeUtils.resolveSuperTypeGenericArguments(handler.getClass(),
                        ClinicFunction.class);
                handler.handleRequest(LambdaInput.read(TimerPayloads.write(t), types[0]), null);
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
                Timer t = new Timer(TimerKind.valueOf(f[1]), f[2], Integer.parseInt(f[3]), Instant.parse(f[0]));
                pending.put(t.name(), t);
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
            lines.add(t.at() + "\t" + t.kind() + "\t" + t.subjectId() + "\t" + t.occurrence());
        }
        try {
            Files.write(store, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
