package com.clinic.platform.notification;

import java.util.List;

/** Hands notifications to the queue; delivery happens in the notification worker. */
public interface NotificationPublisher {
    void publish(List<Notification> notifications);
}
