package com.clinic.platform.privacy;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** What happened to a customer's consents. */
public sealed interface ConsentEvent extends DomainEvent {
    /** She consented to the purposes (those newly in force) on a text version, through a channel. */
    record Given(String subject, Set<Purpose> purposes, String textVersion, Channel channel, StaffRef by, Instant at)
            implements ConsentEvent {
        @Override
        public String type() {
            return "ConsentGiven";
        }

        @Override
        public String summary() {
            return "同意 " + new TreeSet<>(purposes) + "（文本 " + textVersion + "，" + channel + "）";
        }
    }

    /** She withdrew her consent to the purposes. */
    record Withdrawn(String subject, Set<Purpose> purposes, StaffRef by, Instant at) implements ConsentEvent {
        @Override
        public String type() {
            return "ConsentWithdrawn";
        }

        @Override
        public String summary() {
            return "撤回同意 " + new TreeSet<>(purposes);
        }
    }
}
