package com.clinic.program.course;

import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.notification.Notification;
import com.clinic.program.Step;
import com.clinic.program.Team;
import com.clinic.program.Team.Seat;
import com.clinic.program.course.CourseEvent.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every word the course's events bring, in one place: the audit trail's line, who hears of each (the coaches when
 * a call is due, the customer in her app when a call is booked or something is asked of her, customer service on
 * day 50, the head coach when the customer cannot come or feels unwell); the messages it posts in her group are
 * {@link CourseGroupMessages}'.
 */
public final class CourseWording {
    private CourseWording() {
    }

    /** The audit trail's line for an event. */
    static String summary(CourseEvent event) {
        return event.accept(new Summary());
    }

    /** Who hears of an event, as the course is after it. */
    static List<Notification> notices(CourseEvent event, Course after) {
        return event.accept(new Notices(after, event));
    }

    private static final class Summary implements Visitor<String> {
        @Override
        public String courseOpened(CourseOpened e) {
            return "方案服务记录已建立";
        }

        @Override
        public String teamFollowed(TeamFollowed e) {
            return "服务团队：" + String.join("、", e.team().invitations().stream()
                    .map(i -> i.seat().label() + " " + i.member().name()).toList());
        }

        @Override
        public String callOpened(CallOpened e) {
            return CallPurpose.of(e.n()).label() + "待预约";
        }

        @Override
        public String callBooked(VideoCallBooked e) {
            return CallPurpose.of(e.n()).label() + "已预约：" + ShanghaiTime.show(e.callAt()) + "，" + e.channel();
        }

        @Override
        public String callCancelled(VideoCallCancelled e) {
            return CallPurpose.of(e.n()).label() + "客户无法参加：" + e.reason();
        }

        @Override
        public String callNoted(VideoCallNoted e) {
            return CallPurpose.of(e.n()).label() + "记录：疑问 " + e.questions() + " 条，需求 " + e.needs() + " 条";
        }

        @Override
        public String callHeld(VideoCallHeld e) {
            return CallPurpose.of(e.n()).label() + "已完成";
        }

        @Override
        public String planStarted(PlanStarted e) {
            return "方案开始日期：" + e.start() + "（第 1 天）";
        }

        @Override
        public String planStopped(PlanStopped e) {
            return "方案已停止：" + e.reason();
        }

        @Override
        public String dayPaused(PlanDayPaused e) {
            return "第 " + e.day() + " 天方案暂停：" + e.symptoms();
        }

        @Override
        public String dayResumed(PlanDayResumed e) {
            return "第 " + e.day() + " 天方案恢复";
        }

        @Override
        public String symptomsReported(SymptomsReported e) {
            return "客户反馈身体不适：" + e.symptoms() + (e.since() == null ? "" : "（" + e.since() + "）");
        }

        @Override
        public String deviceGuided(DeviceGuided e) {
            return e.device().label() + (e.bound() ? "已完成绑定指导" : "绑定未成功：" + e.problem());
        }

        @Override
        public String deviceReplaced(DeviceReplaced e) {
            return e.device().label() + "已更换" + (e.note() == null ? "" : "：" + e.note());
        }

        @Override
        public String planEnded(PlanEnded e) {
            return "方案已结束（第 " + e.day() + " 天），已发送调查问卷";
        }

        @Override
        public String surveyAnswered(SurveyAnswered e) {
            return "调查问卷已填写（服务 " + e.service() + "/5）";
        }

        @Override
        public String surveyRefused(SurveyRefused e) {
            return "客户不愿填写调查问卷：" + e.reason();
        }

        @Override
        public String dayEvent(PlanDayEvent e) {
            return e.kind().specId() + " " + e.kind().fires() + (e.occurrence() > 1 ? "（第 " + e.occurrence()
                    + " 次）" : "");
        }

        @Override
        public String serviceReviewed(ServiceReviewed e) {
            return e.seat().label() + "复盘评价：客户执行 " + e.score() + "/10";
        }

        @Override
        public String serviceSummarized(ServiceSummarized e) {
            return "服务总结报告已生成";
        }

        @Override
        public String photosUploaded(PostPlanPhotosUploaded e) {
            return "方案后照片已上传（" + e.count() + " 张）";
        }

        @Override
        public String photosRefused(PostPlanPhotosRefused e) {
            return "客户不上传方案后照片：" + e.reason();
        }

        @Override
        public String recheckUploaded(RecheckReportUploaded e) {
            return "复检报告已上传（" + e.count() + " 个文件）";
        }

        @Override
        public String customerEvaluated(CustomerEvaluated e) {
            return "第" + (e.n() == 1 ? "一" : "二") + "次评估已完成";
        }
    }

    /** Who hears of each event; {@code v} tells the notices of successive versions apart. */
    private static final class Notices implements Visitor<List<Notification>> {
        private final Course after;
        private final CourseEvent event;
        private final String who;
        private final String v;

        Notices(Course after, CourseEvent event) {
            this.after = after;
            this.event = event;
            this.who = after.customer().label();
            this.v = "-" + after.version();
        }

        private String said() {
            return who + "：" + event.summary();
        }

        @Override
        public List<Notification> courseOpened(CourseOpened e) {
            return List.of();
        }

        @Override
        public List<Notification> teamFollowed(TeamFollowed e) {
            return List.of();
        }

        @Override
        public List<Notification> callOpened(CallOpened e) {
            return toSeats("-call-" + e.n(), "方案前视频沟通（第一次）", who
                    + "：请主教练准备《方案沟通清单》并预约视频沟通，副教练负责记录客户疑问及需求", Seat.HEAD_COACH, Seat.ASSISTANT_COACH);
        }

        @Override
        public List<Notification> callBooked(VideoCallBooked e) {
            return join(List.of(customer("-booked" + v, "视频沟通预约", e.summary()
                    + "。如临时无法参加，请在 APP 中告知，我们将重新预约~")), toSeats("-booked" + v, "视频沟通已预约",
                    said(), Seat.ASSISTANT_COACH));
        }

        @Override
        public List<Notification> callCancelled(VideoCallCancelled e) {
            return toSeats("-cancelled" + v, Step.REBOOK_CALL.overdueTitle(), said() + "（新时间原则上在 24 小时内）",
                    Seat.HEAD_COACH);
        }

        @Override
        public List<Notification> callNoted(VideoCallNoted e) {
            return List.of();
        }

        @Override
        public List<Notification> callHeld(VideoCallHeld e) {
            return List.of();
        }

        @Override
        public List<Notification> planStarted(PlanStarted e) {
            return toAll("方案开始日期");
        }

        @Override
        public List<Notification> planStopped(PlanStopped e) {
            return toAll("方案已停止");
        }

        @Override
        public List<Notification> dayPaused(PlanDayPaused e) {
            return toAll("今日方案暂停");
        }

        @Override
        public List<Notification> dayResumed(PlanDayResumed e) {
            return toAll("今日方案恢复");
        }

        @Override
        public List<Notification> symptomsReported(SymptomsReported e) {
            return toSeats("-symptoms" + v, "客户反馈身体不适，请判断是否暂停当日方案", said() + "。必要时建议客户咨询医师",
                    Seat.HEAD_COACH);
        }

        @Override
        public List<Notification> deviceGuided(DeviceGuided e) {
            return e.bound() ? List.of() : join(List.of(Notification.toRole(after.id() + "-device" + v, Role.ADMIN,
                    "设备无法正常使用，请协调技术支持或更换（原则上 48 小时内）", said(), after.id(), e.at())),
                    toSeats("-device" + v, "设备绑定未成功", said(), Seat.HEAD_COACH));
        }

        /** The assistant coach guides the new device; the customer hears it is on its way or in hand. */
        @Override
        public List<Notification> deviceReplaced(DeviceReplaced e) {
            return join(List.of(customer("-replaced" + v, "设备已更换", "您的" + e.device().label()
                    + "已为您更换，副教练将协助您重新绑定~")), toSeats("-replaced" + v, "设备已更换，请重新指导绑定", said(),
                    Seat.ASSISTANT_COACH));
        }

        @Override
        public List<Notification> planEnded(PlanEnded e) {
            return toSeats("-ended", "方案已结束", said() + "。请在 1 个工作日内填写《复盘服务评价表》", Seat.HEAD_COACH,
                    Seat.ASSISTANT_COACH);
        }

        @Override
        public List<Notification> surveyAnswered(SurveyAnswered e) {
            return toSeats("-survey", "调查问卷", said(), Seat.CUSTOMER_SERVICE);
        }

        @Override
        public List<Notification> surveyRefused(SurveyRefused e) {
            return toSeats("-survey", "调查问卷", said(), Seat.CUSTOMER_SERVICE);
        }

        @Override
        public List<Notification> serviceReviewed(ServiceReviewed e) {
            return toSeats("-reviewed" + v, after.after().reviewsOwed().isEmpty() ? "请汇总服务总结报告" : "复盘评价已提交",
                    said(), Seat.HEAD_COACH);
        }

        @Override
        public List<Notification> serviceSummarized(ServiceSummarized e) {
            return List.of(Notification.toRole(after.id() + "-summary", Role.HEALTH_MANAGER, "服务总结报告",
                    who + "：主教练已汇总团队评估", after.id(), e.at()));
        }

        @Override
        public List<Notification> photosUploaded(PostPlanPhotosUploaded e) {
            return toSeats("-photos", "方案后照片", said(), Seat.HEAD_COACH, Seat.ASSISTANT_COACH);
        }

        @Override
        public List<Notification> photosRefused(PostPlanPhotosRefused e) {
            return toSeats("-photos", "方案后照片", said(), Seat.HEAD_COACH, Seat.ASSISTANT_COACH);
        }

        @Override
        public List<Notification> recheckUploaded(RecheckReportUploaded e) {
            return join(toSeats("-recheck", "复检报告已上传", said(), Seat.HEAD_COACH, Seat.ASSISTANT_COACH),
                    List.of(Notification.toRole(after.id() + "-recheck", Role.HEALTH_MANAGER, "复检报告已上传", said(),
                            after.id(), e.at())));
        }

        @Override
        public List<Notification> customerEvaluated(CustomerEvaluated e) {
            return List.of();
        }

        /** T-04…T-11: each day event tells its people, in the manual's words. */
        @Override
        public List<Notification> dayEvent(PlanDayEvent e) {
            String id = "-" + e.kind().occurrenceName(e.occurrence());
            return switch (e.kind()) {
                case WEEK_3_CALL -> toSeats(id, "方案中视频沟通（第三周结束）",
                        who + "：请提前查看客户《数据趋势图》，预约视频沟通并记录客户反馈的执行情况", Seat.values());
                case PLAN_END -> toSeats(id, "第 50 天：方案结束",
                        who + "：请将方案状态标记为“已结束”，并在群聊转发用户调查问卷", Seat.CUSTOMER_SERVICE);
                case FINAL_CALL -> toSeats(id, "方案后视频沟通（第三次）",
                        who + "：请准备《方案期成果对比表》（初始与结束数据）并预约视频沟通，副教练负责记录客户后续需求",
                        Seat.HEAD_COACH, Seat.ASSISTANT_COACH);
                case POST_PLAN -> join(List.of(customer(id, "请上传方案后照片", CourseGroupMessages.POST_PLAN_PHOTOS)),
                        toSeats(id, "第一次评估", who + "：请基于客观数据（开始、结束）对客户进行第一次评估", Seat.HEAD_COACH,
                                Seat.ASSISTANT_COACH));
                case RECHECK_REPORT, RECHECK_REMINDER -> List.of(customer(id, "请上传复检报告",
                        CourseGroupMessages.RECHECK_REQUEST));
                case EVALUATION_REMINDER -> toSeats(id, "请填写《复盘服务评价表》",
                        who + "：方案已结束，复盘服务评价尚未提交（第 " + e.occurrence() + " 次提醒）",
                        after.after().reviewsOwed().toArray(Seat[]::new));
                case SECOND_EVALUATION -> toSeats(id, "第二次评估",
                        who + "：请基于客观数据（开始、结束、复检）对客户进行第二次评估", Seat.HEAD_COACH, Seat.ASSISTANT_COACH);
                default -> List.of();
            };
        }

        /** The customer in her app and every seat of the team, with the same title. */
        private List<Notification> toAll(String title) {
            return join(List.of(customer("-course" + v, title, event.summary())), toSeats("-course" + v, title, said(),
                    Seat.values()));
        }

        /** The members holding the seats, each told once per change ({@code suffix} names the notice). */
        private List<Notification> toSeats(String suffix, String title, String body, Seat... seats) {
            return Arrays.stream(seats).flatMap(seat -> after.team().seat(seat).stream())
                    .filter(i -> i.status() == Team.Status.ACCEPTED)
                    .map(i -> Notification.toStaff(after.id() + suffix + "-" + i.seat(), i.member().id(), title, body,
                            after.id(), event.at())).toList();
        }

        /** The customer's app inbox. */
        private Notification customer(String suffix, String title, String text) {
            return Notification.toStaff(after.id() + suffix + "-customer", after.customer().id(), title, text,
                    after.id(), event.at());
        }

        private static List<Notification> join(List<Notification> a, List<Notification> b) {
            return Stream.concat(a.stream(), b.stream()).toList();
        }
    }
}
