package com.clinic.program;

import com.clinic.platform.Role;
import com.clinic.platform.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * The program's steps with a 时限 (SPEC section B), each owed by a role and due a span after the moment that starts
 * it. Three kinds of span: whole working days (due at the close of business of the n-th working day after), business
 * hours counted on working days only (a 2 h deadline set at 17:30 on a Friday is due at 10:30 on Monday), and the
 * customer-facing 24 h / 48 h, which run on the clock (the customer's day does not stop for a weekend).
 */
public enum Step {
    CONFIRM_CONTRACT_TYPE("H-01", Role.ADMIN, workingDays(1)),
    INVITE_TEAM("H-02", Role.ADMIN, businessHours(2)),
    COUNTERSIGN_CONTRACT("H-04", Role.ADMIN, workingDays(1)),
    /** The archive link is in the group: customer service reminds a customer who has not filled it in 24 h. */
    FILL_ARCHIVE("H-05", Role.CUSTOMER_SERVICE, clockHours(24), "客户 24 小时未填写健康档案，请发送提醒"),
    AUDIT_ARCHIVE("H-06", Role.AUDITOR, workingDays(1)),
    CONFIRM_ARCHIVE("H-07", Role.CUSTOMER_SERVICE, workingDays(1)),
    /** Sent back to the customer: customer service checks again 2 h later. */
    RECHECK_ARCHIVE("H-07", Role.CUSTOMER_SERVICE, businessHours(2)),
    WRITE_PLAN("H-08", Role.HEALTH_MANAGER, workingDays(3)),
    CHOOSE_DELIVERY("H-09", Role.CUSTOMER_SERVICE, businessHours(1)),
    PACK_GOODS("H-10", Role.ADMIN, businessHours(4)),
    CONFIRM_SHIPMENT("H-11", Role.ADMIN, businessHours(1)),
    /** Customer service messages the customer about her goods within 24 h of the shipment. */
    FOLLOW_UP_DELIVERY("H-12", Role.CUSTOMER_SERVICE, clockHours(24)),
    /** Receipt still unconfirmed 48 h after the shipment: customer service sends the private reminder. */
    REMIND_RECEIPT("H-12", Role.CUSTOMER_SERVICE, clockHours(48), "客户 48 小时未确认收货，请私信提醒"),
    /** The assistant coach guides the customer through binding her scale and wristband within 24 h of receipt. */
    GUIDE_DEVICES("H-15", Role.ASSISTANT_COACH, clockHours(24), "客户收货已满 24 小时，体脂秤 / 手环使用指导未完成"),
    /** The customer cannot come to a video call: the head coach finds a new time within 2 h (on the clock). */
    REBOOK_CALL("H-13", Role.HEAD_COACH, clockHours(2), "客户无法参加视频沟通，请在 2 小时内协调新时间"),
    /** Both coaches' service reviews within 1 working day of the end; the head coach answers for the team's. */
    REVIEW_SERVICE("H-19", Role.HEAD_COACH, workingDays(1), "方案结束 1 个工作日内未完成复盘服务评价，请督促填写");

    /** How a step's due time follows from its start. */
    @FunctionalInterface
    interface Span {
        Instant after(Instant start, WorkCalendar calendar);
    }

    private final String specId;
    private final Role owes;
    private final Span span;
    private final String prompt;

    Step(String specId, Role owes, Span span) {
        this(specId, owes, span, null);
    }

    /** A step whose passing is itself the manual's prompt to act (a reminder to send), said as such. */
    Step(String specId, Role owes, Span span, String prompt) {
        this.specId = specId;
        this.owes = owes;
        this.span = span;
        this.prompt = prompt;
    }

    private static Span workingDays(int n) {
        return (start, calendar) -> calendar.workingDaysAfter(start, n);
    }

    private static Span businessHours(int hours) {
        return (start, calendar) -> calendar.businessHoursAfter(start, Duration.ofHours(hours));
    }

    private static Span clockHours(int hours) {
        return (start, calendar) -> start.plus(Duration.ofHours(hours));
    }

    public String specId() {
        return specId;
    }

    /** The role that owes the step; its lead hears of it too when it is overdue. */
    public Role owes() {
        return owes;
    }

    /** Who answers for the owing role when a deadline passes: the super admin, or the head coach for the coaches. */
    public Role lead() {
        return owes == Role.ASSISTANT_COACH ? Role.HEAD_COACH : Role.SUPER_ADMIN;
    }

    /** What the owing role is told when the deadline passes: the step's own prompt, or that it is overdue. */
    public String overdueTitle() {
        return prompt != null ? prompt : "超时：" + specId;
    }

    /** When the step is due if it starts at {@code start}. */
    public Instant dueAfter(Instant start, WorkCalendar calendar) {
        return span.after(start, calendar);
    }
}
