package com.clinic.program;

import com.clinic.platform.Money;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.notification.Notification;
import com.clinic.program.CatalogueEvent.*;
import com.clinic.program.ProgramEvent.*;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every word the program's own events bring, in one place (each room of the program has its own: the archive's,
 * the daily work's, the course's): the audit trail's line of each, who hears of it and what they read — the admin
 * of new orders, the technical team of held ones, the owing role and its lead of a deadline that passed, customer
 * service and the admin as the plan and the goods move — and the group's shipment notice and archive link.
 */
public final class ProgramWording {
    private ProgramWording() {
    }

    /** H-05: the manual's words with the archive link. */
    public static final String ARCHIVE_LINK = "尊敬的客户，为了给您定制更合适的健康方案，请于 24 小时内点击链接完成健康档案填写，如有疑问可随时联系我~";

    /** H-11: the manual's group message on a confirmed shipment (mail: carrier and tracking number). */
    public static String shipmentNotice(Delivery.Packing p) {
        return p.trackingNo() != null ? "尊敬的客户，您的健康方案已发货，物流信息：" + p.trackingNo() + "（物流公司："
                + p.carrierName() + "），请注意查收~"
                : "尊敬的客户，您的健康方案物资已备好，请于 " + ShanghaiTime.show(p.pickupAt()) + " 后到 " + p.pickupPoint()
                + " 自提~";
    }

    static String summary(ProgramEvent e) {
        return e.accept(new ProgramLines());
    }

    static String summary(CatalogueEvent e) {
        return e.accept(new CatalogueLines());
    }

    /** Who hears of a program's event, as the program is after it. */
    static List<Notification> notices(ProgramEvent e, Program after) {
        return e.accept(new ProgramNotices(after, e));
    }

    private static final class ProgramLines implements ProgramEvent.Visitor<String> {
        @Override
        public String orderReceived(ProgramOrderReceived e) {
            return "收到订单 " + e.orderNo() + "（" + e.channel().label() + "，" + Money.yuan(e.amount()) + "）";
        }

        @Override
        public String held(ProgramHeld e) {
            return "支付与订单不一致，待技术核实：" + String.join("；", e.mismatches());
        }

        @Override
        public String released(ProgramReleased e) {
            return "技术已核实：" + e.note();
        }

        @Override
        public String contractTypeConfirmed(ContractTypeConfirmed e) {
            return "合同类型：" + (e.contractType() == Program.ContractType.ONLINE ? "线上" : "线下");
        }

        @Override
        public String deadlineOverdue(DeadlineOverdue e) {
            return e.step().specId() + " 已超时（应于 " + ShanghaiTime.show(e.dueAt()) + " 前完成）";
        }

        @Override
        public String teamInvited(TeamInvited e) {
            if (e.invited().size() == 1 && e.invited().get(0).attempt() > 1) {
                Team.Invitation i = e.invited().get(0);
                return "再次邀请" + i.seat().label() + " " + i.member().name() + "（第 " + i.attempt() + " 次）";
            }
            return "邀请进群：" + String.join("、", e.invited().stream()
                    .map(i -> i.seat().label() + " " + i.member().name()).toList());
        }

        @Override
        public String invitationAccepted(InvitationAccepted e) {
            return e.seat().label() + " " + e.by().name() + " 已进群";
        }

        @Override
        public String invitationDeclined(InvitationDeclined e) {
            return e.seat().label() + " " + e.by().name() + " 拒绝了邀请";
        }

        @Override
        public String contractSigned(ContractSigned e) {
            return e.offline() ? "线下合同已签署（扫描件已归档）" : "公司已签署线上合同";
        }

        @Override
        public String customerSigned(ContractSignedByCustomer e) {
            return "客户已在线签署合同（版本 " + e.textVersion() + "），待公司签署";
        }

        @Override
        public String resignRequested(ContractResignRequested e) {
            return "合同需重新签署：" + e.reason();
        }

        @Override
        public String archiveTracked(ArchiveTracked e) {
            return "健康档案：" + e.status();
        }

        @Override
        public String planSubmitted(PlanSubmitted e) {
            return "方案已制定（" + e.days() + " 天，餐单：" + e.mealPlanType() + "）";
        }

        @Override
        public String planRevised(PlanRevised e) {
            return "方案第 " + e.version() + " 版";
        }

        @Override
        public String deliveryChosen(DeliveryChosen e) {
            Delivery d = e.chosen();
            return d.method() == Delivery.Method.MAIL ? "邮寄：" + d.address()
                    : "自提：" + d.pickupPoint() + "，" + ShanghaiTime.show(d.pickupAt());
        }

        @Override
        public String goodsPacked(GoodsPacked e) {
            Delivery.Packing p = e.packing();
            return p.trackingNo() != null ? "已发货：" + p.carrierName() + " " + p.trackingNo()
                    : "待自提：" + p.pickupPoint() + "，" + ShanghaiTime.show(p.pickupAt());
        }

        @Override
        public String shipmentConfirmed(ShipmentConfirmed e) {
            return shipmentNotice(e.packing());
        }

        @Override
        public String deliveryFollowedUp(DeliveryFollowedUp e) {
            return (e.privately() ? "私信：" : "群聊：") + e.text();
        }

        @Override
        public String receiptConfirmed(ReceiptConfirmed e) {
            return "客户已确认收货";
        }

        @Override
        public String courseTracked(CourseTracked e) {
            return "方案：" + e.stage();
        }
    }

    private static final class CatalogueLines implements CatalogueEvent.Visitor<String> {
        @Override
        public String templateSaved(PlanTemplateSaved e) {
            return "方案模板：" + e.name();
        }

        @Override
        public String carriersChanged(CarriersChanged e) {
            return "合作物流：" + String.join("、", e.names());
        }
    }

    /** Who hears of each program event; {@code who} names the customer and her order. */
    private static final class ProgramNotices implements ProgramEvent.Visitor<List<Notification>> {
        private final Program after;
        private final ProgramEvent event;
        private final String who;

        ProgramNotices(Program after, ProgramEvent event) {
            this.after = after;
            this.event = event;
            this.who = after.order().customerName() + "（" + after.order().orderNo() + "）";
        }

        private List<Notification> toRole(String suffix, Role role, String title, String body) {
            return List.of(Notification.toRole(after.id() + suffix, role, title, body, after.id(), event.at()));
        }

        private String said() {
            return who + "：" + event.summary();
        }

        @Override
        public List<Notification> orderReceived(ProgramOrderReceived e) {
            return toRole("-received", Role.ADMIN, "新订单，待确认合同类型", who + "，" + e.channel().label() + "，"
                    + Money.yuan(e.amount()));
        }

        @Override
        public List<Notification> held(ProgramHeld e) {
            return toRole("-held-" + after.version(), Role.SUPER_ADMIN, "订单与支付不一致，请技术核实", said());
        }

        @Override
        public List<Notification> released(ProgramReleased e) {
            return List.of();
        }

        @Override
        public List<Notification> contractTypeConfirmed(ContractTypeConfirmed e) {
            return toRole("-invite", Role.ADMIN, "请邀请服务团队进群", who + "：主教练、副教练、客服");
        }

        /** The deadline reported: to the role that owes it and to its lead. */
        @Override
        public List<Notification> deadlineOverdue(DeadlineOverdue e) {
            String id = "-overdue-" + e.n();
            return Stream.concat(toRole(id, e.step().owes(), e.step().overdueTitle(), said()).stream(),
                    toRole(id + "-lead", e.step().lead(), "团队超时：" + e.step().specId(), said()).stream()).toList();
        }

        @Override
        public List<Notification> teamInvited(TeamInvited e) {
            return e.invited().stream().map(i -> Notification.toStaff(after.id() + "-invite-" + i.seat() + "-"
                    + i.attempt(), i.member().id(), "进群邀请：" + i.seat().label(), who + " 的服务群", after.id(),
                    e.at())).toList();
        }

        @Override
        public List<Notification> invitationAccepted(InvitationAccepted e) {
            return List.of();
        }

        @Override
        public List<Notification> invitationDeclined(InvitationDeclined e) {
            return toRole("-declined-" + after.version(), Role.ADMIN, "进群邀请被拒绝，请重新邀请", said());
        }

        @Override
        public List<Notification> contractSigned(ContractSigned e) {
            return toRole("-contract-signed", Role.CUSTOMER_SERVICE, "合同已签署，请引导客户填写健康档案", who);
        }

        @Override
        public List<Notification> customerSigned(ContractSignedByCustomer e) {
            return toRole("-countersign", Role.ADMIN, "待公司签署", who + "：客户已在线签署合同，请在 1 个工作日内代表公司签署");
        }

        @Override
        public List<Notification> resignRequested(ContractResignRequested e) {
            return toRole("-resign-" + after.version(), Role.CUSTOMER_SERVICE, "请联系客户重新签署合同", said());
        }

        @Override
        public List<Notification> archiveTracked(ArchiveTracked e) {
            return List.of();
        }

        @Override
        public List<Notification> planSubmitted(PlanSubmitted e) {
            return planNotices();
        }

        @Override
        public List<Notification> planRevised(PlanRevised e) {
            return planNotices();
        }

        /** H-08 a plan version reaches customer service (who asks how the goods should come) and the admin. */
        private List<Notification> planNotices() {
            String id = "-plan-" + after.plans().size();
            return Stream.concat(toRole(id, Role.CUSTOMER_SERVICE, "方案已制定，请在 1 小时内确认收货方式", said()).stream(),
                    toRole(id + "-admin", Role.ADMIN, "方案已制定", said()).stream()).toList();
        }

        @Override
        public List<Notification> deliveryChosen(DeliveryChosen e) {
            return toRole("-delivery-" + after.version(), Role.ADMIN, "收货方式已确认，请在 4 小时内配货", said());
        }

        @Override
        public List<Notification> goodsPacked(GoodsPacked e) {
            return List.of();
        }

        @Override
        public List<Notification> shipmentConfirmed(ShipmentConfirmed e) {
            return toRole("-shipped", Role.CUSTOMER_SERVICE, "已发货，请在 24 小时内跟进收货", said());
        }

        /** A private follow-up reaches the customer in the app; a group one is in the group already. */
        @Override
        public List<Notification> deliveryFollowedUp(DeliveryFollowedUp e) {
            return e.privately() ? List.of(Notification.toStaff(after.id() + "-private-"
                    + after.delivery().followUps().size(), after.order().customerId(), "客服私信", e.text(), after.id(),
                    e.at())) : List.of();
        }

        @Override
        public List<Notification> receiptConfirmed(ReceiptConfirmed e) {
            return toRole("-received-goods", Role.CUSTOMER_SERVICE, "客户已确认收货", who);
        }

        @Override
        public List<Notification> courseTracked(CourseTracked e) {
            return List.of();
        }
    }
}
