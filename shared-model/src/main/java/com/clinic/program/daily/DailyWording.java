package com.clinic.program.daily;

import com.clinic.platform.notification.Notification;
import com.clinic.program.daily.DailyEvent.*;
import java.util.List;

/** Every word a plan day's events bring: the audit trail's line, and the coach told when a posted meal plan changes. */
public final class DailyWording {
    private DailyWording() {
    }

    static String summary(DailyEvent e) {
        return e.accept(new DailyLines());
    }

    /** A meal plan adjusted after it was posted goes back to the coach, to post again. */
    static List<Notification> notices(DailyEvent e, PlanDay after) {
        return e instanceof MealPlanAdjusted && after.coachId() != null
                ? List.of(Notification.toStaff(after.id() + "-adjusted-" + after.version(), after.coachId(),
                "餐单已调整，请重新发送", e.summary(), after.programId(), e.at())) : List.of();
    }

    private static final class DailyLines implements DailyEvent.Visitor<String> {
        @Override
        public String mealPlanSet(MealPlanSet e) {
            return e.date() + " 餐单已设置";
        }

        @Override
        public String mealPlanAdjusted(MealPlanAdjusted e) {
            return e.date() + " 餐单已调整：" + e.reason();
        }

        @Override
        public String groupPosted(GroupPosted e) {
            return e.date() + " " + e.kind().label() + "已发送";
        }
    }
}
