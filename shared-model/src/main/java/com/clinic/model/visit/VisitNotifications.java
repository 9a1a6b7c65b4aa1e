package com.clinic.model.visit;

import com.clinic.model.Role;
import com.clinic.model.ShanghaiTime;
import com.clinic.model.notification.Notification;
import com.clinic.model.visit.VisitEvent.AppointmentBooked;
import com.clinic.model.visit.VisitEvent.CustomerPickedUp;
import com.clinic.model.visit.VisitEvent.DriverAssigned;
import com.clinic.model.visit.VisitEvent.DriverChanged;
import java.util.List;

/** Who hears of each visit event, and what they read. */
public final class VisitNotifications {
    private VisitNotifications() {
    }

    public static List<Notification> of(VisitEvent event, Visit after) {
        String base = after.code() + "-v" + after.version();
        String trip = after.customer().name() + "，" + ShanghaiTime.show(after.arrival().arrivalAt()) + "，"
                + (after.arrival().transportNo() == null ? "" : after.arrival().transportNo() + "，")
                + after.arrival().station();
        if (event instanceof AppointmentBooked e) {
            return List.of(Notification.toRole(base, Role.DISPATCHER, "新预约待分配司机", trip, e.visitCode(), e.at()));
        }
        if (event instanceof DriverAssigned e) {
            return List.of(Notification.toStaff(base, e.driver().id(), "新的接送任务", trip, e.visitCode(), e.at()));
        }
        if (event instanceof DriverChanged e) {
            return List.of(
                    Notification.toStaff(base + "-old", e.previous().id(), "接送任务已改派",
                            trip + "（" + e.reason() + "）", e.visitCode(), e.at()),
                    Notification.toStaff(base, e.driver().id(), "新的接送任务", trip, e.visitCode(), e.at()));
        }
        if (event instanceof CustomerPickedUp e) {
            return List.of(Notification.toRole(base, Role.FRONT_DESK, "客户已接到，即将到店",
                    after.customer().name() + "（" + after.code() + "）", e.visitCode(), e.at()));
        }
        return List.of();
    }
}
