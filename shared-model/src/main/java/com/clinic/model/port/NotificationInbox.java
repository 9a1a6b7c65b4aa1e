package com.clinic.model.port;

import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.notification.Notification;

/** Each staff member's in-app notifications. */
public interface NotificationInbox {
    /** Stores the notification for its recipient; false when it was already delivered (a re-delivery). */
    boolean deliver(Notification notification);

    /** Newest first. */
    Page<Notification> inbox(String recipientId, PageRequest page);
}
