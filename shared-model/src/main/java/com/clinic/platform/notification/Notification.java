package com.clinic.platform.notification;

import com.clinic.platform.Role;
import java.time.Instant;

/**
 * A message for one staff member or for everyone holding a role. The id is derived from the event that caused
 * it, so a re-delivered or re-published message is stored once.
 */
public record Notification(String id, String recipientId, Role recipientRole, String title, String message,
                           String subject, Instant createdAt) {

    public static Notification toStaff(String id, String recipientId, String title, String message,
                                       String subject, Instant at) {
        return new Notification(id, recipientId, null, title, message, subject, at);
    }

    public static Notification toRole(String id, Role role, String title, String message, String subject,
                                      Instant at) {
        return new Notification(id, null, role, title, message, subject, at);
    }

    /** The same message addressed to one member of its role. */
    public Notification forMember(String memberId) {
        return new Notification(id, memberId, null, title, message, subject, createdAt);
    }
}
