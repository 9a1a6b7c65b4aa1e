package com.clinic.program.daily;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;

/**
 * A plan day's rules for the command path: read by the customer herself and the service roles (the daily work
 * checks the team's seats); an adjusted meal plan tells the assistant coach to post it again.
 */
public final class PlanDayKind implements RecordKind<PlanDay, DailyEvent> {
    public static final PlanDayKind PLAN_DAY = new PlanDayKind();

    private PlanDayKind() {
    }

    @Override
    public String name() {
        return "plan-day";
    }

    @Override
    public boolean canSee(Actor actor, PlanDay day) {
        return actor.id().equals(day.customerId()) || actor.hasAny(Role.ASSISTANT_COACH, Role.HEAD_COACH,
                Role.CUSTOMER_SERVICE, Role.ADMIN, Role.SUPER_ADMIN);
    }

    @Override
    public String state(PlanDay day) {
        return day.mealPlanPosted() ? "MEAL_PLAN_POSTED" : day.mealPlan().isPresent() ? "MEAL_PLAN_SET" : "OPEN";
    }

    @Override
    public List<Notification> notifications(DailyEvent event, PlanDay after) {
        return DailyWording.notices(event, after);
    }
}
