package com.clinic.platform.views;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.notification.Notification;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record NotificationView(String id, String title, String message, String subject, String createdAt) {
    public static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.title(), n.message(), n.subject(), ShanghaiTime.show(n.createdAt()));
    }
}
