package com.clinic.journey.visit;

import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.notification.Notification;
import java.util.ArrayList;
import java.util.List;

/** Who hears of each step of a visit, and what they read. */
public final class VisitNotifications {
    private VisitNotifications() {
    }

    public static List<Notification> of(VisitEvent e, Visit after) {
        String id = after.code() + "-v" + after.version();
        String who = after.customer().name() + "（" + after.code() + "）";
        String trip = after.customer().name() + "，" + ShanghaiTime.show(after.arrival().arrivalAt()) + "，"
                + (after.arrival().transportNo() == null ? "" : after.arrival().transportNo() + "，")
                + after.arrival().station();
        List<Notification> out = new ArrayList<>();
        switch (e.action()) {
            case BOOK_APPOINTMENT -> out.add(toRole(id, Role.DISPATCHER, "新预约待分配司机", trip, e));
            case ASSIGN_DRIVER -> out.add(toStaff(id, e.staff(), "新的接送任务", trip, e));
            case CHANGE_DRIVER -> {
                out.add(toStaff(id + "-old", e.previous(), "接送任务已改派", trip, e));
                out.add(toStaff(id, e.staff(), "新的接送任务", trip, e));
            }
            case PICK_UP -> out.add(toRole(id, Role.FRONT_DESK, "客户已接到，即将到店", who, e));
            case CONFIRM_ARRIVAL -> out.add(toRole(id, Role.SUPER_ADMIN, "客户已到店，待分诊", who, e));
            case ASSIGN_CONSULTANT -> out.add(toStaff(id, e.staff(), "新的接待客户", who, e));
            case CHANGE_CONSULTANT -> {
                out.add(toStaff(id + "-old", e.previous(), "客户已改分给其他咨询师", who, e));
                out.add(toStaff(id, e.staff(), "新的接待客户", who, e));
            }
            case SUBMIT_ORDER -> out.add(toRole(id, Role.SUPER_ADMIN, "订单待价目审核", who + "，" + e.summary(), e));
            case REVIEW_PRICES -> {
                out.add(toRole(id, Role.FRONT_DESK, "待收银", who + "，" + e.summary(), e));
                out.add(toStaff(id + "-consultant", after.consultant(), "价目已审核，可打印项目单", who, e));
            }
            case ADMIT -> out.add(toStaff(id, e.staff(), "新的术后跟进客户", who + "，" + e.summary(), e));
            default -> {
                // the other steps concern only the staff member doing them
            }
        }
        return out;
    }

    private static Notification toRole(String id, Role role, String title, String message, VisitEvent e) {
        return Notification.toRole(id, role, title, message, e.visitCode(), e.at());
    }

    private static Notification toStaff(String id, StaffRef staff, String title, String message, VisitEvent e) {
        return Notification.toStaff(id, staff.id(), title, message, e.visitCode(), e.at());
    }
}
