package com.clinic.program.daily;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * H-14 / H-16 one day of a running plan as the team works it: the day's meal plan customer service sets (adjusted
 * on the customer's objection, every revision kept) and the assistant coach's posts to the group for that day — its
 * meal plan the evening before (16:00–18:00), the morning greeting (before 09:00) and, when a holiday begins that
 * day, the holiday greeting a day ahead. One record per program and date, so the 49 days of work do not grow the
 * program; {@code coachId} is the assistant coach at the last change, who hears of an adjusted meal plan.
 */
public record PlanDay(String programId, LocalDate date, String customerId, String coachId, List<MealPlan> mealPlans,
                      List<Post> posts, long version) implements Aggregate {

    public PlanDay {
        mealPlans = List.copyOf(mealPlans);
        posts = List.copyOf(posts);
    }

    /** The record of a program's date: the date first, so the id reads as a day and stays unique per program. */
    public static String idOf(String programId, LocalDate date) {
        return date + "-" + programId;
    }

    @Override
    public String id() {
        return idOf(programId, date);
    }

    /** A day nothing was done for yet (version 0: its first change makes it). */
    public static PlanDay empty(String programId, LocalDate date, String customerId, String coachId) {
        return new PlanDay(programId, date, customerId, coachId, List.of(), List.of(), 0);
    }

    /** The meals of a day's plan. */
    public enum Meal {
        BREAKFAST("早餐"), LUNCH("午餐"), DINNER("晚餐"), SNACK("加餐");

        private final String label;

        Meal(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One meal: its dishes and how to take them. */
    public record MealItem(Meal meal, List<String> dishes, String note) {
        public MealItem {
            dishes = List.copyOf(dishes);
        }
    }

    /**
     * A revision of the day's meal plan (1, 2…): the meals, why it changed once posted (the customer's objection),
     * who set it, when.
     */
    public record MealPlan(int revision, List<MealItem> meals, String reason, StaffRef by, Instant at) {
        public MealPlan {
            meals = List.copyOf(meals);
        }

        /** The plan as the group reads it: a line per meal. */
        public String text() {
            StringBuilder b = new StringBuilder();
            for (MealItem m : meals) {
                b.append(m.meal().label()).append("：").append(String.join("、", m.dishes()));
                if (m.note() != null) {
                    b.append("（").append(m.note()).append("）");
                }
                b.append('\n');
            }
            return b.toString().strip();
        }
    }

    /** What the assistant coach posts to the group for a day, and by when (Asia/Shanghai). */
    public enum PostKind {
        /** H-14 the day's meal plan with a plain-words reading, 16:00–18:00 the day before. */
        MEAL_PLAN("H-14", "次日餐单", -1, LocalTime.of(18, 0)),
        /** H-16 the personal morning greeting, before 09:00. */
        GREETING("H-16", "每日问候", 0, LocalTime.of(9, 0)),
        /** H-16 the holiday greeting, the day before the holiday begins. */
        HOLIDAY_GREETING("H-16", "节日祝福", 0, LocalTime.MIDNIGHT);

        private final String specId;
        private final String label;
        private final int dayOffset;
        private final LocalTime by;

        PostKind(String specId, String label, int dayOffset, LocalTime by) {
            this.specId = specId;
            this.label = label;
            this.dayOffset = dayOffset;
            this.by = by;
        }

        public String specId() {
            return specId;
        }

        public String label() {
            return label;
        }

        /** When the post for {@code date} is due: a post made later is late. */
        public Instant dueFor(LocalDate date) {
            return ShanghaiTime.at(date.plusDays(dayOffset), by);
        }
    }

    /** The meal plan for a day is set by 16:00 the day before, so the coach can post it in the window. */
    public static Instant mealPlanDueFor(LocalDate date) {
        return ShanghaiTime.at(date.minusDays(1), LocalTime.of(16, 0));
    }

    /** A post as the group reads it (a meal plan's with the plan itself): its kind, its text, which meal plan revision it carried (0 for a greeting), who, when. */
    public record Post(PostKind kind, String text, int mealPlanRevision, StaffRef by, Instant at) {
    }

    /** The meal plan that stands (the last revision). */
    public Optional<MealPlan> mealPlan() {
        return mealPlans.isEmpty() ? Optional.empty() : Optional.of(mealPlans.get(mealPlans.size() - 1));
    }

    /** The first post of a kind: the one its timeliness is judged by. */
    public Optional<Post> first(PostKind kind) {
        return posts.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** Whether the standing meal plan has been posted (a revision after the post is not). */
    public boolean mealPlanPosted() {
        return mealPlan().map(m -> posts.stream().anyMatch(p -> p.kind() == PostKind.MEAL_PLAN
                && p.mealPlanRevision() == m.revision())).orElse(false);
    }

    /**
     * H-14 customer service sets the day's meal plan, or adjusts it; once posted, only with the customer's
     * objection as the reason, and the coach posts it again. A past day's plan stays as it was.
     */
    public Decision<PlanDay, DailyEvent> setMealPlan(List<MealItem> meals, String reason, String coach, StaffRef by,
                                                       Instant at) {
        if (date.isBefore(ShanghaiTime.dateOf(at))) {
            return Decision.refuse("the meal plan of a past day (" + date + ") stays as it was");
        }
        boolean posted = posts.stream().anyMatch(p -> p.kind() == PostKind.MEAL_PLAN);
        if (posted && reason == null) {
            return Decision.refuse("the meal plan is posted already: it is adjusted on the customer's objection, "
                    + "so give the reason");
        }
        List<MealPlan> all = new ArrayList<>(mealPlans);
        all.add(new MealPlan(mealPlans.size() + 1, meals, reason, by, at));
        return new Accepted<>(new PlanDay(programId, date, customerId, coach, all, posts, version + 1),
                posted ? new DailyEvent.MealPlanAdjusted(programId, by, at, date, reason)
                        : new DailyEvent.MealPlanSet(programId, by, at, date));
    }

    /**
     * H-14 / H-16 the assistant coach's post for this day: the meal plan (set, and not posted in this revision yet,
     * up to the day itself), the greeting (on the day, once), the holiday greeting (when a holiday begins that day,
     * up to the day, once). {@code holidayBegins} is the working-day calendar's word.
     */
    public Decision<PlanDay, DailyEvent> post(PostKind kind, String text, boolean holidayBegins, String coach,
                                                StaffRef by, Instant at) {
        LocalDate today = ShanghaiTime.dateOf(at);
        if (today.isAfter(date)) {
            return Decision.refuse("the " + kind + " post of " + date + " is for that day, which is past");
        }
        int revision = 0;
        switch (kind) {
            case MEAL_PLAN -> {
                if (mealPlan().isEmpty()) {
                    return Decision.refuse("customer service has not set the meal plan of " + date + " yet");
                }
                if (mealPlanPosted()) {
                    return Decision.refuse("this meal plan (revision " + mealPlan().get().revision()
                            + ") is posted already");
                }
                revision = mealPlan().get().revision();
            }
            case GREETING -> {
                if (!today.equals(date)) {
                    return Decision.refuse("the greeting of " + date + " is posted on that day");
                }
                if (first(kind).isPresent()) {
                    return Decision.refuse("the greeting of " + date + " is posted already");
                }
            }
            case HOLIDAY_GREETING -> {
                if (!holidayBegins) {
                    return Decision.refuse("no holiday begins on " + date);
                }
                if (first(kind).isPresent()) {
                    return Decision.refuse("the holiday greeting for " + date + " is posted already");
                }
            }
        }
        String posted = kind != PostKind.MEAL_PLAN ? text : "【" + date + " 餐单】\n" + mealPlan().get().text()
                + (text == null ? "" : "\n\n" + text);
        List<Post> all = new ArrayList<>(posts);
        all.add(new Post(kind, posted, revision, by, at));
        return new Accepted<>(new PlanDay(programId, date, customerId, coach, mealPlans, all, version + 1),
                new DailyEvent.GroupPosted(programId, by, at, date, kind));
    }
}
