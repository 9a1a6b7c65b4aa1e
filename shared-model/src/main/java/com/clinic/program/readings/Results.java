package com.clinic.program.readings;

import com.clinic.program.PlanDays;
import com.clinic.platform.ShanghaiTime;
import com.clinic.program.readings.Readings.Metric;
import com.clinic.program.readings.Readings.Reading;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 《方案期成果对比表》 (H-20) and what the evaluations are based on (H-22, H-24): for each metric, the start and end
 * values with the change. The scale's measures (weight, body fat) compare the last reading up to day 1 (the baseline;
 * else the plan's first) with the last one after day 1 up to the end; the wristband's daily measures (steps, sleep, heart rate) compare the
 * averages of the first and the last 7 days of the plan.
 */
public record Results(List<Row> rows) {
    static final int WEEK = 7;

    public Results {
        rows = List.copyOf(rows);
    }

    /** A metric's start and end (null when nothing was measured then) and the change, end − start. */
    public record Row(Metric metric, BigDecimal start, BigDecimal end, BigDecimal change, String basis) {
        /**
         * How the change reads in the coaches' words (体重下降 4.2kg); a rate's change is in percentage points
         * (体脂率下降 3.0 个百分点), not a percentage of the rate.
         */
        public String said() {
            if (change == null) {
                return LABELS.get(metric) + "：数据不足";
            }
            String way = change.signum() < 0 ? "下降 " : change.signum() > 0 ? "上升 " : "持平 ";
            return LABELS.get(metric) + way + (change.signum() == 0 ? "" : change.abs().toPlainString()
                    + (metric == Metric.BODY_FAT_PCT ? " 个百分点" : metric.unit()));
        }
    }

    /** The metrics' names as the clinic says them. */
    public static final Map<Metric, String> LABELS = Map.of(Metric.WEIGHT_KG, "体重", Metric.BODY_FAT_PCT, "体脂率",
            Metric.STEPS, "日均步数", Metric.SLEEP_HOURS, "日均睡眠", Metric.HEART_RATE_BPM, "平均心率");

    /** The table from each metric's readings (oldest first) over the plan's days. */
    public static Results of(Map<Metric, List<Reading>> readings, PlanDays days) {
        List<Row> rows = new ArrayList<>();
        for (Metric m : Metric.values()) {
            List<Reading> all = readings.getOrDefault(m, List.of());
            rows.add(m == Metric.WEIGHT_KG || m == Metric.BODY_FAT_PCT ? measured(m, all, days) : daily(m, all, days));
        }
        return new Results(rows);
    }

    private static Row measured(Metric m, List<Reading> all, PlanDays days) {
        java.util.Optional<Reading> start = all.stream().filter(r -> !dateOf(r).isAfter(days.start()))
                .reduce((a, b) -> b).or(() -> all.stream().filter(r -> !dateOf(r).isAfter(days.end())).findFirst());
        java.util.Optional<Reading> end = start.flatMap(s -> all.stream().filter(r -> r.measuredAt()
                .isAfter(s.measuredAt()) && !dateOf(r).isAfter(days.end())).reduce((a, b) -> b));
        return row(m, start.map(Reading::value).orElse(null), end.map(Reading::value).orElse(null),
                "开始前末次 / 结束前末次测量");
    }

    private static Row daily(Metric m, List<Reading> all, PlanDays days) {
        LocalDate lastDay = days.end().minusDays(1);
        BigDecimal start = average(m, all, days.start(), days.start().plusDays(WEEK - 1L));
        BigDecimal end = average(m, all, lastDay.minusDays(WEEK - 1L), lastDay);
        return row(m, start, end, "首周 / 末周日均");
    }

    private static Row row(Metric m, BigDecimal start, BigDecimal end, String basis) {
        return new Row(m, start, end, start == null || end == null ? null : end.subtract(start), basis);
    }

    /**
     * The mean over the days measured, 1 decimal (steps whole): a day's steps are its highest count (the wristband
     * counts up through the day), its sleep and heart rate the mean of its readings.
     */
    private static BigDecimal average(Metric m, List<Reading> all, LocalDate from, LocalDate to) {
        Map<LocalDate, List<BigDecimal>> byDay = new java.util.TreeMap<>();
        all.stream().filter(r -> !dateOf(r).isBefore(from) && !dateOf(r).isAfter(to))
                .forEach(r -> byDay.computeIfAbsent(dateOf(r), d -> new ArrayList<>()).add(r.value()));
        if (byDay.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (List<BigDecimal> values : byDay.values()) {
            sum = sum.add(m == Metric.STEPS ? values.stream().max(BigDecimal::compareTo).orElseThrow()
                    : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP));
        }
        return sum.divide(BigDecimal.valueOf(byDay.size()), m == Metric.STEPS ? 0 : 1, RoundingMode.HALF_UP);
    }

    public static LocalDate dateOf(Reading r) {
        return ShanghaiTime.dateOf(r.measuredAt());
    }
}
