package com.clinic.program;

import com.clinic.platform.Role;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.Team.Seat;
import java.util.List;

/**
 * Who hears of a step of the 49 days and after, in the manual's words: the coaches when a call is due, the
 * customer in her app when a call is booked or something is asked of her, customer service on day 50, the head
 * coach when the customer cannot come.
 */
final class CourseNotices {
    private CourseNotices() {
    }

    static List<Notification> of(ProgramEvent event, Program after, String who) {
        Course c = after.course();
        String v = "-" + after.version();
        return switch (event.type()) {
            case ProgramEvent.CALL_BOOKED -> ProgramKind.join(List.of(customer(after, event, "-booked" + v,
                    "视频沟通预约", event.summary() + "。如临时无法参加，请在 APP 中告知，我们将重新预约~")),
                    ProgramKind.toSeats(after, event, "-booked" + v, "视频沟通已预约", who + "：" + event.summary(),
                            Seat.ASSISTANT_COACH));
            case ProgramEvent.CALL_CANCELLED -> ProgramKind.toSeats(after, event, "-cancelled" + v,
                    Step.REBOOK_CALL.overdueTitle(), who + "：" + event.summary() + "（新时间原则上在 24 小时内）",
                    Seat.HEAD_COACH);
            case ProgramEvent.PLAN_STARTED, ProgramEvent.PLAN_STOPPED, ProgramEvent.PLAN_PAUSED,
                 ProgramEvent.PLAN_RESUMED -> ProgramKind.join(List.of(customer(after, event, "-course" + v,
                    title(event), event.summary())), ProgramKind.toSeats(after, event, "-course" + v, title(event),
                    who + "：" + event.summary(), Seat.values()));
            case ProgramEvent.SYMPTOMS_REPORTED -> ProgramKind.toSeats(after, event, "-symptoms" + v,
                    "客户反馈身体不适，请判断是否暂停当日方案", who + "：" + event.summary() + "。必要时建议客户咨询医师",
                    Seat.HEAD_COACH);
            case ProgramEvent.DEVICE_GUIDED -> c.guidance().get(c.guidance().size() - 1).bound() ? List.of()
                    : ProgramKind.join(List.of(Notification.toRole(after.id() + "-device" + v, Role.ADMIN,
                    "设备无法正常使用，请协调技术支持或更换（原则上 48 小时内）", who + "：" + event.summary(), after.id(),
                    event.at())), ProgramKind.toSeats(after, event, "-device" + v, "设备绑定未成功",
                    who + "：" + event.summary(), Seat.HEAD_COACH));
            case ProgramEvent.PLAN_ENDED -> ProgramKind.toSeats(after, event, "-ended", "方案已结束",
                    who + "：" + event.summary() + "。请在 1 个工作日内填写《复盘服务评价表》", Seat.HEAD_COACH,
                    Seat.ASSISTANT_COACH);
            case ProgramEvent.SERVICE_REVIEWED -> ProgramKind.toSeats(after, event, "-reviewed" + v,
                    c.after().reviewsOwed().isEmpty() ? "请汇总服务总结报告" : "复盘评价已提交",
                    who + "：" + event.summary(), Seat.HEAD_COACH);
            case ProgramEvent.SERVICE_SUMMARIZED -> List.of(Notification.toRole(after.id() + "-summary",
                    Role.HEALTH_MANAGER, "服务总结报告", who + "：主教练已汇总团队评估", after.id(), event.at()));
            case ProgramEvent.PHOTOS_UPLOADED, ProgramEvent.PHOTOS_REFUSED -> ProgramKind.toSeats(after, event,
                    "-photos", "方案后照片", who + "：" + event.summary(), Seat.HEAD_COACH, Seat.ASSISTANT_COACH);
            case ProgramEvent.RECHECK_UPLOADED -> ProgramKind.join(ProgramKind.toSeats(after, event, "-recheck",
                    "复检报告已上传", who + "：" + event.summary(), Seat.HEAD_COACH, Seat.ASSISTANT_COACH),
                    List.of(Notification.toRole(after.id() + "-recheck", Role.HEALTH_MANAGER, "复检报告已上传",
                            who + "：" + event.summary(), after.id(), event.at())));
            case ProgramEvent.SURVEY_ANSWERED, ProgramEvent.SURVEY_REFUSED -> ProgramKind.toSeats(after, event,
                    "-survey", "调查问卷", who + "：" + event.summary(), Seat.CUSTOMER_SERVICE);
            case ProgramEvent.DAY_EVENT -> dayEvent(event, after, who, c.lastFired().orElseThrow());
            default -> List.of();
        };
    }

    private static List<Notification> dayEvent(ProgramEvent event, Program after, String who, Course.Fired fired) {
        String id = "-" + fired.kind().occurrenceName(fired.occurrence());
        return switch (fired.kind()) {
            case WEEK_3_CALL -> ProgramKind.toSeats(after, event, id, "方案中视频沟通（第三周结束）",
                    who + "：请提前查看客户《数据趋势图》，预约视频沟通并记录客户反馈的执行情况", Seat.values());
            case PLAN_END -> ProgramKind.toSeats(after, event, id, "第 50 天：方案结束",
                    who + "：请将方案状态标记为“已结束”，并在群聊转发用户调查问卷", Seat.CUSTOMER_SERVICE);
            case FINAL_CALL -> ProgramKind.toSeats(after, event, id, "方案后视频沟通（第三次）",
                    who + "：请准备《方案期成果对比表》（初始与结束数据）并预约视频沟通，副教练负责记录客户后续需求",
                    Seat.HEAD_COACH, Seat.ASSISTANT_COACH);
            case POST_PLAN -> ProgramKind.join(List.of(customer(after, event, id, "请上传方案后照片",
                    ProgramGroup.POST_PLAN_PHOTOS)), ProgramKind.toSeats(after, event, id, "第一次评估",
                    who + "：请基于客观数据（开始、结束）对客户进行第一次评估", Seat.HEAD_COACH, Seat.ASSISTANT_COACH));
            case RECHECK_REPORT, RECHECK_REMINDER -> List.of(customer(after, event, id, "请上传复检报告",
                    ProgramGroup.RECHECK_REQUEST));
            case EVALUATION_REMINDER -> ProgramKind.toSeats(after, event, id, "请填写《复盘服务评价表》",
                    who + "：方案已结束，复盘服务评价尚未提交（第 " + fired.occurrence() + " 次提醒）",
                    after.course().after().reviewsOwed().toArray(Seat[]::new));
            case SECOND_EVALUATION -> ProgramKind.toSeats(after, event, id, "第二次评估",
                    who + "：请基于客观数据（开始、结束、复检）对客户进行第二次评估", Seat.HEAD_COACH, Seat.ASSISTANT_COACH);
            default -> List.of();
        };
    }

    private static String title(ProgramEvent event) {
        return switch (event.type()) {
            case ProgramEvent.PLAN_STARTED -> "方案开始日期";
            case ProgramEvent.PLAN_STOPPED -> "方案已停止";
            case ProgramEvent.PLAN_PAUSED -> "今日方案暂停";
            default -> "今日方案恢复";
        };
    }

    /** The customer's app inbox. */
    private static Notification customer(Program after, ProgramEvent event, String suffix, String title,
                                         String text) {
        return Notification.toStaff(after.id() + suffix + "-customer", after.order().customerId(), title, text,
                after.id(), event.at());
    }
}
