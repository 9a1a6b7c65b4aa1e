package com.clinic.program;

import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.printing.PrintDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The documents of section (七) the print worker renders: the head coach's 《服务总结报告》 (H-19). */
final class CourseReports {
    /** Who reads a service summary: the service team, the health manager, the super admin (not the customer). */
    static final Set<Role> SUMMARY_READERS = Set.of(Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE,
            Role.HEALTH_MANAGER, Role.SUPER_ADMIN);

    private CourseReports() {
    }

    /** The customer and her plan's dates, each coach's review, the survey's answer, and the head coach's summary. */
    static PrintDocument serviceSummary(Program p) {
        Course c = p.course();
        AfterPlan a = c.after();
        List<String> lines = new ArrayList<>();
        lines.add("客户：" + p.order().customerName() + "    订单号：" + p.order().orderNo() + "    方案：" + c.start() + " 至 "
                + c.endedOn());
        for (AfterPlan.Review r : a.reviews()) {
            lines.add(r.seat().label() + " " + r.by().name() + "（" + ShanghaiTime.show(r.at()) + "）  客户执行情况："
                    + r.score() + "/10");
            lines.add("服务亮点：" + r.strengths());
            lines.add("不足：" + r.weaknesses());
            lines.add("改进建议：" + r.suggestions());
        }
        Course.Survey s = c.survey();
        if (s != null && s.answer() != null) {
            Course.Answer x = s.answer();
            lines.add("客户问卷：服务 " + x.service() + "/5，教练 " + x.coaches() + "/5，餐单 " + x.meals() + "/5，效果 "
                    + x.results() + "/5" + (x.recommend() ? "，愿意推荐" : "，暂不推荐"));
        } else if (s != null && s.refusal() != null) {
            lines.add("客户问卷：未填写（" + s.refusal().reason() + "）");
        }
        lines.add("总结：" + a.summary().text());
        return new PrintDocument("服务总结报告", lines, List.of(new PrintDocument.Signature("主教练",
                a.summary().by().name(), ShanghaiTime.show(a.summary().at()))), "项目 " + p.id(), SUMMARY_READERS,
                null);
    }
}
