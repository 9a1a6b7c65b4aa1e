package com.clinic.journey.visit;

import com.clinic.journey.visit.VisitEvent.*;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every word a visit's events bring, in one place: the audit trail's line of each step, and who hears of it and
 * what they read — the dispatcher of a new booking, the driver of the ride, the front desk of a customer on her
 * way, the super admin of an arrival and an order to review, the consultant of her customer, the cashier of money
 * due, the after-sales owner of an admission. Amounts in the audit lines are fen, as the cashier counts them.
 */
public final class VisitWording {
    private VisitWording() {
    }

    static String summary(VisitEvent e) {
        return e.accept(LINES);
    }

    /** Who hears of a visit's step, as the visit is after it. */
    public static List<Notification> notices(VisitEvent e, Visit after) {
        return e.accept(new Notices(after, e));
    }

    private static final Visitor<String> LINES = new Visitor<>() {
        @Override
        public String booked(AppointmentBooked e) {
            return "新预约 " + e.visitCode();
        }

        @Override
        public String walkInRegistered(WalkInRegistered e) {
            return "直接到店登记 " + e.customerName();
        }

        @Override
        public String driverAssigned(DriverAssigned e) {
            return "分配司机 " + e.driver().name();
        }

        @Override
        public String driverChanged(DriverChanged e) {
            return "修改司机 " + e.previous().name() + " → " + e.driver().name() + "（" + e.reason() + "）";
        }

        @Override
        public String pickedUp(PickedUp e) {
            return "司机已接到客户";
        }

        @Override
        public String arrivalConfirmed(ArrivalConfirmed e) {
            return "确认到店";
        }

        @Override
        public String photoAdded(PhotoAdded e) {
            return "上传术前照";
        }

        @Override
        public String photosRefused(PhotosRefused e) {
            return "客户拒绝拍照：" + e.reason();
        }

        @Override
        public String examAttached(ExamAttached e) {
            return "体检结果 " + e.key();
        }

        @Override
        public String consultantAssigned(ConsultantAssigned e) {
            return "分诊给 " + e.consultant().name();
        }

        @Override
        public String consultantChanged(ConsultantChanged e) {
            return "修改咨询师 " + e.previous().name() + " → " + e.consultant().name() + "（" + e.reason()
                    + "）";
        }

        @Override
        public String consultationStarted(ConsultationStarted e) {
            return "开始接待（录像）";
        }

        @Override
        public String videoAttached(VideoAttached e) {
            return "咨询视频已上传";
        }

        @Override
        public String orderSubmitted(OrderSubmitted e) {
            return "开单 " + e.lines() + " 项，合计 " + e.total() + " 分";
        }

        @Override
        public String pricesReviewed(PricesReviewed e) {
            return (e.first() ? "价目审核通过" : "价格变更") + "，合计 " + e.total() + " 分"
                    + (e.changed() == 0 ? "" : "（改价 " + e.changed() + " 项）");
        }

        @Override
        public String signedSheetAttached(SignedSheetAttached e) {
            return "项目单签字扫描件已上传";
        }

        @Override
        public String paymentTaken(PaymentTaken e) {
            return "收银 " + e.amount() + " 分";
        }

        @Override
        public String moneyRefunded(MoneyRefunded e) {
            return "退款 " + e.amount() + " 分";
        }

        @Override
        public String admitted(Admitted e) {
            return "入院，手术日期 " + e.operationDate();
        }

        @Override
        public String rejected(VisitRejected e) {
            return "拒绝流程：" + e.reason();
        }

        @Override
        public String restored(VisitRestored e) {
            return "恢复流程";
        }

        /** Each corrected field, before → after. */
        @Override
        public String customerEdited(CustomerEdited e) {
            CustomerProfile a = e.before();
            CustomerProfile b = e.after();
            List<String> changes = new ArrayList<>();
            change(changes, "姓名", a.name(), b.name());
            change(changes, "性别", a.gender(), b.gender());
            change(changes, "年龄", a.age(), b.age());
            change(changes, "来源/自媒体号", a.source(), b.source());
            change(changes, "备注", a.notes(), b.notes());
            return "修改基本信息：" + String.join("；", changes);
        }

        private void change(List<String> changes, String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                changes.add(field + " " + shown(before) + " → " + shown(after));
            }
        }

        private String shown(Object value) {
            return value == null ? "（空）" : value.toString();
        }
    };

    private static final class Notices implements Visitor<List<Notification>> {
        private final VisitEvent event;
        private final String id;
        private final String who;
        private final String trip;
        private final StaffRef consultant;

        Notices(Visit after, VisitEvent event) {
            this.event = event;
            this.id = after.code() + "-v" + after.version();
            this.who = after.customer().name() + "（" + after.code() + "）";
            ArrivalPlan arrival = after.arrival();
            this.trip = after.customer().name() + "，" + ShanghaiTime.show(arrival.arrivalAt()) + "，"
                    + (arrival.transportNo() == null ? "" : arrival.transportNo() + "，") + arrival.station();
            this.consultant = after.consultant();
        }

        private Notification toRole(String suffix, Role role, String title, String message) {
            return Notification.toRole(id + suffix, role, title, message, event.visitCode(), event.at());
        }

        private Notification toStaff(String suffix, StaffRef staff, String title, String message) {
            return Notification.toStaff(id + suffix, staff.id(), title, message, event.visitCode(), event.at());
        }

        @Override
        public List<Notification> booked(AppointmentBooked e) {
            return List.of(toRole("", Role.DISPATCHER, "新预约待分配司机", trip));
        }

        @Override
        public List<Notification> walkInRegistered(WalkInRegistered e) {
            return List.of();
        }

        @Override
        public List<Notification> driverAssigned(DriverAssigned e) {
            return List.of(toStaff("", e.driver(), "新的接送任务", trip));
        }

        /** The driver replaced hears it too. */
        @Override
        public List<Notification> driverChanged(DriverChanged e) {
            return List.of(toStaff("-old", e.previous(), "接送任务已改派", trip),
                    toStaff("", e.driver(), "新的接送任务", trip));
        }

        @Override
        public List<Notification> pickedUp(PickedUp e) {
            return List.of(toRole("", Role.FRONT_DESK, "客户已接到，即将到店", who));
        }

        @Override
        public List<Notification> arrivalConfirmed(ArrivalConfirmed e) {
            return List.of(toRole("", Role.SUPER_ADMIN, "客户已到店，待分诊", who));
        }

        @Override
        public List<Notification> photoAdded(PhotoAdded e) {
            return List.of();
        }

        @Override
        public List<Notification> photosRefused(PhotosRefused e) {
            return List.of();
        }

        @Override
        public List<Notification> examAttached(ExamAttached e) {
            return List.of();
        }

        @Override
        public List<Notification> consultantAssigned(ConsultantAssigned e) {
            return List.of(toStaff("", e.consultant(), "新的接待客户", who));
        }

        /** The consultant replaced hears it too. */
        @Override
        public List<Notification> consultantChanged(ConsultantChanged e) {
            return List.of(toStaff("-old", e.previous(), "客户已改分给其他咨询师", who),
                    toStaff("", e.consultant(), "新的接待客户", who));
        }

        @Override
        public List<Notification> consultationStarted(ConsultationStarted e) {
            return List.of();
        }

        @Override
        public List<Notification> videoAttached(VideoAttached e) {
            return List.of();
        }

        @Override
        public List<Notification> orderSubmitted(OrderSubmitted e) {
            return List.of(toRole("", Role.SUPER_ADMIN, "订单待价目审核", who + "，" + e.summary()));
        }

        /** The cashier collects; the consultant may print the item sheet. */
        @Override
        public List<Notification> pricesReviewed(PricesReviewed e) {
            return List.of(toRole("", Role.FRONT_DESK, "待收银", who + "，" + e.summary()),
                    toStaff("-consultant", consultant, "价目已审核，可打印项目单", who));
        }

        @Override
        public List<Notification> signedSheetAttached(SignedSheetAttached e) {
            return List.of();
        }

        @Override
        public List<Notification> paymentTaken(PaymentTaken e) {
            return List.of();
        }

        @Override
        public List<Notification> moneyRefunded(MoneyRefunded e) {
            return List.of();
        }

        @Override
        public List<Notification> admitted(Admitted e) {
            return List.of(toStaff("", e.owner(), "新的术后跟进客户", who + "，" + e.summary()));
        }

        @Override
        public List<Notification> rejected(VisitRejected e) {
            return List.of();
        }

        @Override
        public List<Notification> restored(VisitRestored e) {
            return List.of();
        }

        @Override
        public List<Notification> customerEdited(CustomerEdited e) {
            return List.of();
        }
    }
}
