package com.clinic.program.course;

import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.printing.PrintDocument;
import com.clinic.program.Plan;
import com.clinic.program.PlanDays;
import com.clinic.program.readings.Readings;
import com.clinic.program.readings.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.math.BigDecimal;

/**
 * The documents of the 49 days and after the print worker renders: the customer's 《数据趋势图》 (H-17) and the head
 * coach's 《服务总结报告》 (H-19).
 */
final class CourseReports {
    /** Who reads a service summary: the service team, the health manager, the super admin (not the customer). */
    static final Set<Role> SUMMARY_READERS = Set.of(Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE,
            Role.HEALTH_MANAGER, Role.SUPER_ADMIN);

    private CourseReports() {
    }

    /**
     * The customer and her plan's dates, the results table (《方案期成果对比表》), each coach's review, the survey's
     * answer, and the head coach's summary.
     */
    static PrintDocument serviceSummary(Course c, Results results) {
        AfterPlan a = c.after();
        List<String> lines = new ArrayList<>();
        lines.add("客户：" + c.customer().name() + "    订单号：" + c.customer().orderNo() + "    方案："
                + ShanghaiTime.written(c.start()) + " 至 " + ShanghaiTime.written(c.endedOn()));
        for (AfterPlan.Review r : a.reviews()) {
            lines.add(r.seat().label() + " " + r.by().name() + "（" + ShanghaiTime.writtenDay(r.at()) + "）  客户执行情况："
                    + r.score() + "/10");
            lines.add("服务亮点：" + r.strengths());
            lines.add("不足：" + r.weaknesses());
            lines.add("改进建议：" + r.suggestions());
        }
        Survey s = c.survey();
        if (s != null && s.answer() != null) {
            Survey.Answer x = s.answer();
            lines.add("客户问卷：服务 " + x.service() + "/5，教练 " + x.coaches() + "/5，餐单 " + x.meals() + "/5，效果 "
                    + x.results() + "/5" + (x.recommend() ? "，愿意推荐" : "，暂不推荐"));
        } else if (s != null && s.refusal() != null) {
            lines.add("客户问卷：未填写（" + s.refusal().reason() + "）");
        }
        lines.add("总结：" + a.summary().text());
        PrintDocument.Table table = new PrintDocument.Table("方案期成果对比表", List.of("指标", "开始", "结束", "变化"),
                results.rows().stream().map(r -> List.of(Results.LABELS.get(r.metric()), shown(r.start(), r.metric()),
                        shown(r.end(), r.metric()), r.said())).toList());
        return new PrintDocument(PrintDocument.Issuer.COMPANY, "服务总结报告", lines, List.of(table), List.of(),
                List.of(new PrintDocument.Signature("主教练", a.summary().by().name(),
                        ShanghaiTime.writtenDay(a.summary().at()))), "项目 " + c.id(), SUMMARY_READERS, null);
    }

    /** A measure with its unit, or a dash where none was taken. */
    private static String shown(BigDecimal value, Readings.Metric m) {
        return value == null ? "—" : value.toPlainString() + " " + m.unit();
    }

    /** Who reads a trend chart: the program's service roles and the customer it shows (she sees it on the call). */
    static final Set<Role> CHART_READERS = Set.of(Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE,
            Role.HEALTH_MANAGER, Role.SUPER_ADMIN);

    /**
     * 《数据趋势图》: a chart per metric over the plan's 49 days, a point per day measured — the scale's last reading of
     * the day, the wristband's highest step count, mean sleep and heart rate.
     */
    static PrintDocument trendChart(Course c, Map<Readings.Metric, List<Readings.Reading>> readings) {
        PlanDays days = c.days().orElseThrow();
        List<PrintDocument.Chart> charts = new ArrayList<>();
        for (Readings.Metric m : Readings.Metric.values()) {
            Map<Integer, List<BigDecimal>> byDay = new TreeMap<>();
            for (Readings.Reading r : readings.getOrDefault(m, List.of())) {
                int day = days.dayOf(Results.dateOf(r));
                if (day >= 1 && day <= Plan.DAYS) {
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(r.value());
                }
            }
            List<PrintDocument.Point> points = byDay.entrySet().stream().map(e -> new PrintDocument.Point(e.getKey(),
                    daily(m, e.getValue()))).toList();
            String label = Results.LABELS.get(m).replace("日均", "每日").replace("平均", "");
            charts.add(new PrintDocument.Chart(label + "趋势", m.unit(), Plan.DAYS,
                    List.of(new PrintDocument.Series(label, points))));
        }
        return new PrintDocument(PrintDocument.Issuer.COMPANY, "数据趋势图", List.of("客户：" + c.customer().name()
                + "    方案：" + ShanghaiTime.written(days.start()) + " 起（第 1 天）    订单号：" + c.customer().orderNo()),
                List.of(), charts, List.of(), "项目 " + c.id(), CHART_READERS, c.customer().id());
    }

    private static double daily(Readings.Metric m, List<BigDecimal> values) {
        return switch (m) {
            case WEIGHT_KG, BODY_FAT_PCT -> values.get(values.size() - 1).doubleValue();
            case STEPS -> values.stream().max(BigDecimal::compareTo).orElseThrow().doubleValue();
            default -> values.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
        };
    }
}
