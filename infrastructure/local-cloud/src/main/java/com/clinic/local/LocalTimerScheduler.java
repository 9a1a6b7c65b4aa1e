package com.clinic.local;

import com.clinic.emulators.AdjustableClock;
import com.clinic.emulators.Template.Resource;
import com.clinic.emulators.Template;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.config.TimerTargets;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.scheduler.TimerPayloads;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local EventBridge Scheduler: one-time timers by name (a repeat create changes nothing), fired when the
 * clock passes their time by invoking the function of their kind ({@link TimerTargets}) with the payload the
 * deployed scheduler would send, deleted after they fire, retried three times and then sent to the dead-letter
 * handler; and the template's daily schedules ({@code cron(m h * * ? *)} in Asia/Shanghai), fired once for every
 * day the clock passes their time. Tests move the clock to make day-N timers due.
 */
public final class LocalTimerScheduler implements TimerScheduler {
    static final int ATTEMPTS = 3;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LocalTimerScheduler.class);

    private final Map<String, Timer> pending = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final List<Daily> daily = new ArrayList<>();
    private final Map<Daily, Instant> lastRun = new ConcurrentHashMap<>();
    private final AdjustableClock clock;
    private final Path store;
    private BiConsumer<String, String> invoker;
    private Consumer<Timer> deadLetters;

    /** A recurring schedule of the template: its function, its time of day in Shanghai, its payload. */
    record Daily(String functionId, LocalTime at, String payload) {
        private static final Pattern CRON = Pattern.compile("cron\\((\\d{1,2}) (\\d{1,2}) \\* \\* \\? \\*\\)");

        @SuppressWarnings("unchecked")
        static Daily of(Resource schedule) {
            Map<String, Object> p = schedule.properties();
            Matcher m = CRON.matcher(String.valueOf(p.get("ScheduleExpression")));
            if (!m.matches() || !ShanghaiTime.ZONE.getId().equals(p.get("ScheduleExpressionTimezone"))) {
                throw new IllegalStateException(schedule.id() + ": the local scheduler runs daily cron schedules in "
                        + ShanghaiTime.ZONE.getId() + " only");
            }
            Map<String, Object> target = (Map<String, Object>) p.get("Target");
            String alias = (String) ((Template.Intrinsic) target.get("Arn")).value();
            return new Daily(alias.substring(0, alias.indexOf('.')),
                    LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), (String) target.get("Input"));
        }
    }

    LocalTimerScheduler(AdjustableClock clock, Path dataDir) {
        this.clock = clock;
        this.store = dataDir == null ? null : dataDir.resolve("timers.tsv");
        load();
    }

    /**
     * Connects the scheduler to the functions it fires, once they exist (they need it in their context): the
     * invoker takes a function's logical id and the JSON the scheduler would send it.
     */
    void connect(BiConsumer<String, String> invoker, Consumer<Timer> deadLetters) {
        this.invoker = invoker;
        this.deadLetters = deadLetters;
    }

    /** Runs a daily schedule from now on: its first run is the next time the clock passes its time of day. */
    synchronized void daily(Daily schedule) {
        daily.add(schedule);
        lastRun.put(schedule, clock.instant());
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

    /** Fires every timer and daily run that is due now; returns how many fired. */
    public synchronized int fireDue() {
        Instant now = clock.instant();
        int fired = 0;
        for (Timer t : pending()) {
            if (t.at().isAfter(now)) {
                break;
            }
            Fired outcome = fire(TimerTargets.FUNCTIONS.get(t.kind()), t);
            if (outcome != Fired.RETRY) {
                pending.remove(t.name());
            }
            if (outcome == Fired.DONE) {
                fired++;
            }
        }
        for (Daily d : daily) {
            if (lastRun.get(d).isAfter(now)) {
                lastRun.put(d, now); // the clock was set back: the schedule runs on from there
            }
            for (Instant run = nextRun(d); !run.isAfter(now); run = nextRun(d)) {
                @SuppressWarnings("unchecked")
                TimerFired payload = TimerPayloads.read((Map<String, Object>) LambdaInput.read(
                        d.payload().replace(TimerPayloads.SCHEDULED_TIME, run.toString()), Map.class));
                Timer t = new Timer(payload.kind(), payload.subjectId(), payload.occurrence(), run);
                Fired outcome = fire(d.functionId(), t);
                if (outcome == Fired.RETRY) {
                    break; // retried at the next tick, as the scheduler's retry policy would
                }
                if (outcome == Fired.DONE) {
                    fired++;
                }
                lastRun.put(d, run);
            }
        }
        save();
        return fired;
    }

    /** What became of one attempt to fire a timer. */
    private enum Fired { DONE, RETRY, DEAD_LETTERED }

    /** Invokes a timer's function with its payload; the third failure sends the timer to the dead-letter handler. */
    private Fired fire(String functionId, Timer t) {
        try {
            invoker.accept(functionId, TimerPayloads.write(t));
            failures.remove(t.name());
            return Fired.DONE;
        } catch (RuntimeException e) {
            LOG.warn("timer {} failed to fire", t.name(), e);
            if (failures.merge(t.name(), 1, Integer::sum) < ATTEMPTS) {
                return Fired.RETRY;
            }
            failures.remove(t.name());
            deadLetters.accept(t);
            return Fired.DEAD_LETTERED;
        }
    }

    /** The first time of day of a daily schedule after its last run, in Shanghai. */
    private Instant nextRun(Daily d) {
        Instant last = lastRun.get(d);
        LocalDate day = LocalDate.ofInstant(last, ShanghaiTime.ZONE);
        Instant run = day.atTime(d.at()).atZone(ShanghaiTime.ZONE).toInstant();
        return run.isAfter(last) ? run : day.plusDays(1).atTime(d.at()).atZone(ShanghaiTime.ZONE).toInstant();
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
