package com.clinic.functions.notifications;

import com.clinic.functions.api.AllowedRoles;
import com.clinic.functions.api.ApiFunction;
import com.clinic.functions.api.ApiRequest;
import com.clinic.functions.api.ApiResponse;
import com.clinic.functions.api.Serves;
import com.clinic.functions.views.NotificationView;
import com.clinic.functions.views.PageView;
import com.clinic.model.Role;
import com.clinic.model.port.NotificationInbox;
import io.micronaut.context.ApplicationContext;

/** The signed-in staff member's notifications, newest first. */
@Serves({"notices"})
@AllowedRoles({Role.SALES, Role.DISPATCHER, Role.DRIVER, Role.FRONT_DESK, Role.PHOTO_ROOM, Role.LAB,
        Role.SUPER_ADMIN, Role.CONSULTANT, Role.AFTER_SALES, Role.ADMIN, Role.CUSTOMER_SERVICE, Role.AUDITOR,
        Role.HEALTH_MANAGER, Role.HEAD_COACH, Role.ASSISTANT_COACH})
public class ListMyNotificationsFunction extends ApiFunction {
    private final NotificationInbox inbox = bean(NotificationInbox.class);

    public ListMyNotificationsFunction() {
    }

    public ListMyNotificationsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(inbox.inbox(r.actor().id(), r.page()), NotificationView::of));
    }
}
