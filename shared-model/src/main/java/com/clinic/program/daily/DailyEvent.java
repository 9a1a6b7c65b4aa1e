package com.clinic.program.daily;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to a plan day, as types ({@link DailyWording} composes their words).
 */
public sealed interface DailyEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return DailyWording.summary(this);
    }

    /** One method per kind of plan day event. */
    interface Visitor<R> {
        R mealPlanSet(MealPlanSet e);

        R mealPlanAdjusted(MealPlanAdjusted e);

        R groupPosted(GroupPosted e);
    }

    /** H-14 the day's meal plan is set. */
    record MealPlanSet(String subject, StaffRef by, Instant at, LocalDate date) implements DailyEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mealPlanSet(this);
        }
    }

    /** H-14 a posted meal plan adjusted on the customer's objection. */
    record MealPlanAdjusted(String subject, StaffRef by, Instant at, LocalDate date, String reason)
            implements DailyEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mealPlanAdjusted(this);
        }
    }

    /** H-14 / H-16 a post of the day sent to the group. */
    record GroupPosted(String subject, StaffRef by, Instant at, LocalDate date, PlanDay.PostKind kind)
            implements DailyEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.groupPosted(this);
        }
    }
}
