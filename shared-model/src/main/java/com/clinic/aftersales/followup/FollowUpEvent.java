package com.clinic.aftersales.followup;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/**
 * What happened to a follow-up task, as types. Each carries the facts of its step, not its wording ({@link FollowUpWording} composes the audit line);
 * code that tells them apart implements {@link Visitor}, so a new kind does not compile until every reader handles
 * it.
 */
public sealed interface FollowUpEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return FollowUpWording.summary(this);
    }

    /** One method per kind of event. */
    interface Visitor<R> {
        R raised(FollowUpRaised e);

        R cancelled(FollowUpCancelled e);

        R reopened(FollowUpReopened e);

        R callStarted(FollowUpCallStarted e);

        R recordingLinked(FollowUpRecordingLinked e);

        R careNoted(FollowUpCareNoted e);

        R renamed(FollowUpRenamed e);
    }

    /** T-01…T-03 a follow-up call is owed on day n after the operation. */
    record FollowUpRaised(String subject, StaffRef by, Instant at, int day, String customerName)
            implements FollowUpEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raised(this);
        }
    }

    /** C-24 the journey was rejected: the call is not made. */
    record FollowUpCancelled(String subject, StaffRef by, Instant at) implements FollowUpEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancelled(this);
        }
    }

    /** C-24 the journey was restored: the call is owed again. */
    record FollowUpReopened(String subject, StaffRef by, Instant at) implements FollowUpEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reopened(this);
        }
    }

    /** C-27 a call was placed. */
    record FollowUpCallStarted(String subject, StaffRef by, Instant at, String callId) implements FollowUpEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.callStarted(this);
        }
    }

    /** C-27 the call's recording was linked. */
    record FollowUpRecordingLinked(String subject, StaffRef by, Instant at, String callId, int durationSeconds)
            implements FollowUpEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.recordingLinked(this);
        }
    }

    /** The day's care note was written. */
    record FollowUpCareNoted(String subject, StaffRef by, Instant at, int day) implements FollowUpEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.careNoted(this);
        }
    }

    /** C-24 the customer's name was corrected on the visit. */
    record FollowUpRenamed(String subject, StaffRef by, Instant at, String was, String name) implements FollowUpEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.renamed(this);
        }
    }
}
