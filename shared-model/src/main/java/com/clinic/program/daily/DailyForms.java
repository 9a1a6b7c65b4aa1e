package com.clinic.program.daily;

import com.clinic.platform.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What the team sends for the daily work (H-14, H-16), each mistake named by its field. */
public final class DailyForms {
    private DailyForms() {
    }

    /** One meal of the day's plan: which meal, its dishes (1–10), how to take it. */
    public record MealForm(String meal, List<String> dishes, String note) {
    }

    /**
     * H-14 the day's meal plan: one to four meals, each named once; {@code reason} is the customer's objection when a
     * posted plan is adjusted.
     */
    public record MealPlanForm(List<MealForm> meals, String reason) {
        public record Valid(List<PlanDay.MealItem> meals, String reason) {
        }

        public Valid validate() {
            Check check = new Check();
            if (meals == null || meals.isEmpty() || meals.size() > PlanDay.Meal.values().length) {
                check.fail("meals", "must list 1 to " + PlanDay.Meal.values().length + " meals");
                check.done();
            }
            List<PlanDay.MealItem> out = new ArrayList<>();
            Set<PlanDay.Meal> seen = new HashSet<>();
            for (int i = 0; i < meals.size(); i++) {
                String at = "meals[" + i + "].";
                MealForm m = meals.get(i);
                if (m == null) {
                    check.fail("meals[" + i + "]", "is required");
                    continue;
                }
                PlanDay.Meal meal = check.oneOf(at + "meal", m.meal(), PlanDay.Meal.class, null);
                if (meal != null && !seen.add(meal)) {
                    check.fail(at + "meal", meal + " is listed twice");
                }
                List<String> dishes = check.texts(at + "dishes", m.dishes(), 10, 100);
                if (dishes.isEmpty()) {
                    check.fail(at + "dishes", "must list 1 to 10 dishes");
                }
                String note = check.optional(at + "note", m.note(), 200);
                out.add(new PlanDay.MealItem(meal, dishes, note));
            }
            String r = check.optional("reason", reason, 500);
            check.done();
            return new Valid(out, r);
        }
    }

    /** Words the manual keeps out of the group's meal plan readings (解读需口语化，避免使用“GI 值”等专业术语). */
    private static final Pattern JARGON = Pattern.compile("(?i)GI\\s*值|升糖指数|血糖生成指数|glycemic");

    /**
     * H-14 / H-16 a post to the group: its kind and text; a meal plan's text is the coach's plain-words reading
     * (optional: the plan itself is posted with it), a greeting's is required.
     */
    public record PostForm(String kind, String text) {
        public record Valid(PlanDay.PostKind kind, String text) {
        }

        public Valid validate() {
            Check check = new Check();
            PlanDay.PostKind k = check.oneOf("kind", kind, PlanDay.PostKind.class, null);
            String t = k == PlanDay.PostKind.MEAL_PLAN ? check.optional("text", text, 1000)
                    : check.required("text", text, 1000);
            if (k == PlanDay.PostKind.MEAL_PLAN && t != null && JARGON.matcher(t).find()) {
                check.fail("text", "say it in plain words: no terms such as GI 值 in a meal plan's reading");
            }
            check.done();
            return new Valid(k, t);
        }
    }
}
