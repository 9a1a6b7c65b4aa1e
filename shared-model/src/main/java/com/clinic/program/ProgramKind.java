package com.clinic.program;

import com.clinic.platform.Actor;
import com.clinic.platform.Money;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;
import java.util.Set;

/**
 * The program's rules for the command path. Need to know: the office roles that work every program's steps (the
 * admin, the super admin, the auditor, the health manager) see every program; a coach or customer service member
 * only the programs whose team they sit in or are invited to; a customer only her own. To anyone else a program is
 * unknown (404), on every route. The health archive has its own, narrower readers. The admin hears of new orders,
 * the technical team (the super admin) of held ones, and the owing role and its lead of a deadline that passed.
 */
public final class ProgramKind implements RecordKind<Program, ProgramEvent> {
    public static final ProgramKind PROGRAM = new ProgramKind();
    /** The office roles: they work every program's steps, so they see every program. */
    public static final Set<Role> OFFICE_ROLES = Set.of(Role.ADMIN, Role.SUPER_ADMIN, Role.AUDITOR, Role.HEALTH_MANAGER);

    private ProgramKind() {
    }

    @Override
    public String name() {
        return "program";
    }

    @Override
    public boolean canSee(Actor actor, Program p) {
        return actor.roles().stream().anyMatch(OFFICE_ROLES::contains)
                || actor.hasAny(Role.CUSTOMER_SERVICE, Role.HEAD_COACH, Role.ASSISTANT_COACH)
                && p.team().involves(actor.id())
                || actor.hasAny(Role.CUSTOMER) && actor.id().equals(p.order().customerId());
    }

    /** Its customer's timeline is her mobile number's. */
    @Override
    public String concerns(Program p) {
        return p.order().phone();
    }

    @Override
    public String state(Program p) {
        return p.stage().name();
    }

    @Override
    public List<Notification> notifications(ProgramEvent event, Program after) {
        String who = after.order().customerName() + "（" + after.order().orderNo() + "）";
        return switch (event.type()) {
            case ProgramEvent.ORDER_RECEIVED -> List.of(Notification.toRole(after.id() + "-received", Role.ADMIN,
                    "新订单，待确认合同类型", who + "，" + after.order().channel().label() + "，"
                            + Money.yuan(after.order().amount()), after.id(), event.at()));
            case ProgramEvent.HELD -> List.of(Notification.toRole(after.id() + "-held-" + after.version(),
                    Role.SUPER_ADMIN, "订单与支付不一致，请技术核实", who + "：" + event.summary(), after.id(),
                    event.at()));
            case ProgramEvent.CONTRACT_TYPE_CONFIRMED -> List.of(Notification.toRole(after.id() + "-invite",
                    Role.ADMIN, "请邀请服务团队进群", who + "：主教练、副教练、客服", after.id(), event.at()));
            case ProgramEvent.DEADLINE_OVERDUE -> overdue(event, after, who);
            case ProgramEvent.TEAM_INVITED -> after.team().invitations().stream()
                    .filter(i -> i.status() == Team.Status.INVITED && i.invitedAt().equals(event.at()))
                    .map(i -> Notification.toStaff(after.id() + "-invite-" + i.seat() + "-" + i.attempt(),
                            i.member().id(), "进群邀请：" + i.seat().label(), who + " 的服务群", after.id(), event.at()))
                    .toList();
            case ProgramEvent.CONTRACT_SIGNED -> List.of(Notification.toRole(after.id() + "-contract-signed",
                    Role.CUSTOMER_SERVICE, "合同已签署，请引导客户填写健康档案", who, after.id(), event.at()));
            case ProgramEvent.CUSTOMER_SIGNED -> List.of(Notification.toRole(after.id() + "-countersign", Role.ADMIN,
                    "待公司签署", who + "：客户已在线签署合同，请在 1 个工作日内代表公司签署", after.id(), event.at()));
            case ProgramEvent.CONTRACT_RESIGN_REQUESTED -> List.of(Notification.toRole(after.id() + "-resign-"
                    + after.version(), Role.CUSTOMER_SERVICE, "请联系客户重新签署合同", who + "：" + event.summary(),
                    after.id(), event.at()));
            case ProgramEvent.INVITATION_DECLINED -> List.of(Notification.toRole(after.id() + "-declined-"
                    + after.version(), Role.ADMIN, "进群邀请被拒绝，请重新邀请", who + "：" + event.summary(), after.id(),
                    event.at()));
            case ProgramEvent.PLAN_SUBMITTED, ProgramEvent.PLAN_REVISED -> List.of(
                    Notification.toRole(after.id() + "-plan-" + after.plans().size(), Role.CUSTOMER_SERVICE,
                            "方案已制定，请在 1 小时内确认收货方式", who + "：" + event.summary(), after.id(), event.at()),
                    Notification.toRole(after.id() + "-plan-" + after.plans().size() + "-admin", Role.ADMIN,
                            "方案已制定", who + "：" + event.summary(), after.id(), event.at()));
            case ProgramEvent.DELIVERY_CHOSEN -> List.of(Notification.toRole(after.id() + "-delivery-" + after.version(),
                    Role.ADMIN, "收货方式已确认，请在 4 小时内配货", who + "：" + event.summary(), after.id(), event.at()));
            case ProgramEvent.SHIPPED -> List.of(Notification.toRole(after.id() + "-shipped", Role.CUSTOMER_SERVICE,
                    "已发货，请在 24 小时内跟进收货", who + "：" + event.summary(), after.id(), event.at()));
            case ProgramEvent.DELIVERY_FOLLOWED_UP -> privateMessage(after, event);
            case ProgramEvent.RECEIVED -> List.of(Notification.toRole(after.id() + "-received-goods",
                    Role.CUSTOMER_SERVICE, "客户已确认收货", who, after.id(), event.at()));
            default -> List.of();
        };
    }

    /** A private follow-up reaches the customer in the app; a group one is in the group already. */
    private static List<Notification> privateMessage(Program after, ProgramEvent event) {
        List<Delivery.FollowUp> all = after.delivery().followUps();
        Delivery.FollowUp last = all.get(all.size() - 1);
        return last.privately() ? List.of(Notification.toStaff(after.id() + "-private-" + all.size(),
                after.order().customerId(), "客服私信", last.text(), after.id(), event.at())) : List.of();
    }

    /** The last deadline reported: to the role that owes it and to its lead. */
    private static List<Notification> overdue(ProgramEvent event, Program after, String who) {
        Deadline d = after.deadlines().stream().filter(x -> x.overdueAt() != null)
                .reduce((a, b) -> a.overdueAt().isAfter(b.overdueAt()) ? a : b).orElseThrow();
        String id = after.id() + "-overdue-" + d.n();
        return List.of(Notification.toRole(id, d.step().owes(), d.step().overdueTitle(), who + "：" + event.summary(),
                        after.id(), event.at()),
                Notification.toRole(id + "-lead", d.step().lead(), "团队超时：" + d.step().specId(),
                        who + "：" + event.summary(), after.id(), event.at()));
    }
}
