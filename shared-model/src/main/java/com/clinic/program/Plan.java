package com.clinic.program;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;

/**
 * H-08 one version of the customer's 49-day plan as the health manager submitted it: the daily meal-plan type, the
 * four parts (diet, exercise, sleep, mind) and the goods to send. Submitted, a version never changes; a change is
 * the next version, and every earlier one stays readable.
 */
public record Plan(int version, String templateId, int days, String mealPlanType, String diet, String exercise,
                   String sleep, String mind, List<Goods> goods, StaffRef by, Instant submittedAt) {
    /** The 49-day cycle of the program. */
    public static final int DAYS = 49;

    /** One line of the goods list: what, and how many. */
    public record Goods(String name, int quantity) {
    }

    public Plan {
        goods = List.copyOf(goods);
    }

    /** The plan's content, as a template or a form gives it. */
    public record Content(String mealPlanType, String diet, String exercise, String sleep, String mind,
                          List<Goods> goods) {
        public Content {
            goods = List.copyOf(goods);
        }
    }

    public Content content() {
        return new Content(mealPlanType, diet, exercise, sleep, mind, goods);
    }
}
