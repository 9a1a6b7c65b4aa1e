package com.clinic.platform.notification;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;

/** Each staff member's in-app notifications. */
public interface NotificationInbox {
    /** Stores the notification for its recipient; false when it was already delivered (a re-delivery). */
    boolean deliver(Notification notification);

    /** Newest first. */
    Page<Notification> inbox(String recipientId, PageRequest page);
}
