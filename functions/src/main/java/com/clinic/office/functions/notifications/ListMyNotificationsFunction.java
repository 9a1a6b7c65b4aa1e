package com.clinic.office.functions.notifications;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.notification.NotificationInbox;
import com.clinic.platform.views.NotificationView;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;

/**
 * The signed-in user's notifications, newest first: a staff member's work, or a program customer's private
 * messages from customer service (H-12) in her app.
 */
@Serves({"notices"})
@AllowedRoles({Role.SALES, Role.DISPATCHER, Role.DRIVER, Role.FRONT_DESK, Role.PHOTO_ROOM, Role.LAB,
        Role.SUPER_ADMIN, Role.CONSULTANT, Role.AFTER_SALES, Role.ADMIN, Role.CUSTOMER_SERVICE, Role.AUDITOR,
        Role.HEALTH_MANAGER, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER})
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
