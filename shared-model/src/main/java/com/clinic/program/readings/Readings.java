package com.clinic.program.readings;

import com.clinic.program.Program;
import com.clinic.program.ProgramEvent;
import com.clinic.program.ProgramKind;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Numeric;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Refused;
import com.clinic.platform.command.Commands;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The customer's measurements from her devices (the body-fat scale, the wristband), sent by the program's app once
 * the goods are on their way: each reading is stored once (a repeat from the device is the same reading), an
 * impossible value is refused by name. They are what the trend chart and the evaluations read.
 */
public final class Readings {
    private static final Pattern DEVICE = Pattern.compile("[0-9A-Za-z:_-]{1,64}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,9}(\\.[0-9]{1,6})?");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Commands<Program, ProgramEvent> programs;
    private final ReadingLog log;

    public Readings(Commands<Program, ProgramEvent> programs, ReadingLog log) {
        this.programs = programs;
        this.log = log;
    }

    /** What a device measures, its unit, the plausible range and how many decimals a reading may have. */
    public enum Metric {
        WEIGHT_KG("kg", "25", "300", 1), BODY_FAT_PCT("%", "3", "70", 1), STEPS("步", "0", "100000", 0),
        SLEEP_HOURS("h", "0", "24", 1), HEART_RATE_BPM("次/分", "25", "250", 0);

        private final String unit;
        private final BigDecimal min;
        private final BigDecimal max;
        private final int scale;

        Metric(String unit, String min, String max, int scale) {
            this.unit = unit;
            this.min = new BigDecimal(min);
            this.max = new BigDecimal(max);
            this.scale = scale;
        }

        public String unit() {
            return unit;
        }
    }

    public enum Source { SCALE, WRISTBAND }

    /** One reading: what, how much, from which device, measured when. */
    public record Reading(String programId, Metric metric, BigDecimal value, Source source, String deviceId,
                          Instant measuredAt) {
        /** A device's repeat of a reading is the same reading. */
        public String key() {
            return metric + "#" + measuredAt + "#" + deviceId;
        }
    }

    /** The readings, each stored once under its key (a repeat writes the same item again). */
    public interface ReadingLog {
        void record(List<Reading> readings);

        /** A metric's readings, oldest first. */
        Page<Reading> list(String programId, Metric metric, PageRequest page);

        /** Every reading of the program, metric by metric, each oldest first (the results read the whole plan). */
        List<Reading> all(String programId);
    }

    /** A reading as the device app sends it; numbers as text so that a wrong type names its field. */
    public record ReadingForm(String metric, @Numeric(decimal = true) String value, String source, String deviceId,
                              String measuredAt) {
    }

    /** A batch of readings (a device syncs several at once). */
    public record ReadingsForm(List<ReadingForm> readings) {
        List<Reading> validate(String programId, Instant now) {
            Check check = new Check();
            if (readings == null || readings.isEmpty() || readings.size() > 200) {
                check.fail("readings", "must list 1 to 200 readings");
                check.done();
            }
            List<Reading> out = new ArrayList<>();
            for (int i = 0; i < readings.size(); i++) {
                ReadingForm r = readings.get(i) == null ? new ReadingForm(null, null, null, null, null) : readings.get(i);
                String at = "readings[" + i + "].";
                Metric m = check.oneOf(at + "metric", r.metric(), Metric.class, null);
                BigDecimal v = value(check, at + "value", r.value(), m);
                Source s = check.oneOf(at + "source", r.source(), Source.class, null);
                String device = check.required(at + "deviceId", r.deviceId(), 64);
                if (device != null && !DEVICE.matcher(device).matches()) {
                    check.fail(at + "deviceId", "must be the device's id (letters, digits, :, _ and -)");
                }
                Instant when = check.instant(at + "measuredAt", r.measuredAt());
                if (when == null && (r.measuredAt() == null || r.measuredAt().isBlank())) {
                    check.fail(at + "measuredAt", "is required");
                } else if (when != null && when.isAfter(now.plus(CLOCK_SKEW))) {
                    check.fail(at + "measuredAt", "must not be in the future");
                }
                out.add(new Reading(programId, m, v, s, device, when));
            }
            check.done();
            return out;
        }

        private static BigDecimal value(Check check, String field, String text, Metric m) {
            if (text == null || text.isBlank()) {
                check.fail(field, "is required");
                return null;
            }
            // ASCII digits only: BigDecimal would also read full-width and other scripts' digits
            if (!DECIMAL.matcher(text.strip()).matches()) {
                check.fail(field, "must be a number written with the digits 0-9");
                return null;
            }
            BigDecimal v = new BigDecimal(text.strip());
            if (m == null) {
                return v;
            }
            if (v.compareTo(m.min) < 0 || v.compareTo(m.max) > 0) {
                check.fail(field, "must be between " + m.min + " and " + m.max + " " + m.unit + " for " + m);
                return null;
            }
            if (v.stripTrailingZeros().scale() > m.scale) {
                check.fail(field, m.scale == 0 ? "must be a whole number for " + m
                        : "must have at most " + m.scale + " decimal for " + m);
                return null;
            }
            return v.setScale(m.scale, java.math.RoundingMode.UNNECESSARY);
        }
    }

    /** What a sync did: how many readings it holds (each stored once, a repeat included). */
    public record Synced(int readings) {
    }

    /**
     * H-15 / H-17 the app sends the customer's readings for her program, once its goods are shipped; each is stored
     * once.
     */
    public Synced record(Actor customer, String programId, ReadingsForm form) {
        Instant now = programs.now();
        List<Reading> valid = Check.body(form).validate(programId, now);
        Program p = programs.find(programId).filter(x -> ProgramKind.PROGRAM.canSee(customer, x)
                && customer.id().equals(x.order().customerId())).orElseThrow(() -> programs.notFound(programId));
        if (p.stage().compareTo(Program.Stage.SHIPPED) < 0) {
            throw new Refused("readings come once the devices are shipped");
        }
        log.record(valid);
        return new Synced(valid.size());
    }

    /** A metric's readings, oldest first, for the program's staff and its customer. */
    public Page<Reading> list(Actor actor, String programId, String metric, PageRequest page) {
        Check check = new Check();
        Metric m = check.oneOf("metric", metric, Metric.class, null);
        check.done();
        Program p = programs.visible(actor, programId);
        return log.list(p.id(), m, page);
    }
}
