package com.clinic.program.daily;

import com.clinic.program.Plan;
import com.clinic.program.PlanDays;
import com.clinic.program.Program;
import com.clinic.program.ProgramEvent;
import com.clinic.program.ProgramKind;
import com.clinic.program.ProgramList;
import com.clinic.program.Team;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Forbidden;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Page;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.calendar.Calendars;
import com.clinic.platform.calendar.WorkCalendar;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.notification.NotificationPublisher;
import com.clinic.platform.port.AggregateStore.Loaded;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.timer.TimerFired;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.daily.DailyForms.MealPlanForm;
import com.clinic.program.daily.DailyForms.PostForm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The running plan's daily work (H-14, H-16, T-13): customer service sets each day's meal plan, the assistant coach
 * posts it to the group the evening before, greets the customer every morning and a day ahead of a holiday (the
 * working-day calendar knows the holidays). The work list shows each task of a date with its due time and whether
 * it was done in time, late, or is overdue; at 08:30 and 16:00 the coach (or customer service) whose task is still
 * open is reminded.
 */
public final class DailyWork {
    private final Commands<PlanDay, DailyEvent> days;
    private final Commands<Program, ProgramEvent> programs;
    private final ProgramList list;
    private final PlanDayList dayList;
    private final Calendars calendars;
    private final NotificationPublisher notices;

    public DailyWork(Commands<PlanDay, DailyEvent> days, Commands<Program, ProgramEvent> programs,
                     ProgramList list, PlanDayList dayList, Calendars calendars,
                     NotificationPublisher notices) {
        this.days = days;
        this.programs = programs;
        this.list = list;
        this.dayList = dayList;
        this.calendars = calendars;
        this.notices = notices;
    }

    /** Every program's plan day of a date (one query). */
    public interface PlanDayList {
        List<PlanDay> on(LocalDate date);
    }

    /** A task of the daily work, its SPEC step and the seat that owes it. */
    public enum Task {
        SET_MEAL_PLAN("H-14", Team.Seat.CUSTOMER_SERVICE, "设置次日餐单", 2),
        POST_MEAL_PLAN("H-14", Team.Seat.ASSISTANT_COACH, "发送次日餐单（16:00–18:00）", 2),
        GREETING("H-16", Team.Seat.ASSISTANT_COACH, "发送今日问候（09:00 前）", 1),
        HOLIDAY_GREETING("H-16", Team.Seat.ASSISTANT_COACH, "发送节日祝福（节假日提前 1 天）", 2);

        private final String specId;
        private final Team.Seat seat;
        private final String label;
        private final int reminder;

        Task(String specId, Team.Seat seat, String label, int reminder) {
            this.specId = specId;
            this.seat = seat;
            this.label = label;
            this.reminder = reminder;
        }

        public String specId() {
            return specId;
        }

        public Team.Seat seat() {
            return seat;
        }

        public String label() {
            return label;
        }

        /** Which of T-13's daily runs reminds of it: 1 at 08:30, 2 at 16:00 (TimerKind.DAILY_POSTS). */
        public int reminder() {
            return reminder;
        }
    }

    /** Where a task stands: not due yet, done in time, done after its due time, or past it undone. */
    public enum Status { PENDING, DONE, LATE, OVERDUE }

    /** One task of a work date: whose program, which plan day it serves, who owes it, by when, and how it went. */
    public record WorkItem(String programId, String customerName, LocalDate forDate, int day, Task task,
                           StaffRef owner, Instant dueAt, Instant doneAt, Status status) {
        public boolean open() {
            return doneAt == null;
        }
    }

    /** H-14 the program's customer service sets (or adjusts) a day's meal plan (If-Match; none or 0 for a new day). */
    public Outcome<PlanDay> setMealPlan(Actor actor, String programId, String date, Long version, MealPlanForm form,
                                       IdempotencyKey key) {
        MealPlanForm.Valid valid = Check.body(form).validate();
        Instant now = days.now();
        return onDay(actor, programId, date, version, key, Team.Seat.CUSTOMER_SERVICE, "sets the meal plans",
                (p, day) -> day.setMealPlan(valid.meals(), valid.reason(),
                        p.team().member(Team.Seat.ASSISTANT_COACH).map(StaffRef::id).orElse(null), actor.ref(), now));
    }

    /**
     * H-14 / H-16 the program's assistant coach posts a day's meal plan or greeting to the group (If-Match); only a
     * holiday greeting consults the calendar (a read of its own).
     */
    public Outcome<PlanDay> post(Actor actor, String programId, String date, Long version, PostForm form,
                                 IdempotencyKey key) {
        PostForm.Valid valid = Check.body(form).validate();
        Instant now = days.now();
        return onDay(actor, programId, date, version, key, Team.Seat.ASSISTANT_COACH, "posts to the group",
                (p, day) -> day.post(valid.kind(), valid.text(), valid.kind() == PlanDay.PostKind.HOLIDAY_GREETING
                        && calendars.calendar().holidayBegins(day.date()), actor.id(), actor.ref(), now));
    }

    /**
     * The one path of a day's change: the day and its program read together (one read), the date checked, the plan
     * running and the seat held, then the day made (from empty) or changed.
     */
    private Outcome<PlanDay> onDay(Actor actor, String programId, String date, Long version, IdempotencyKey key,
                                   Team.Seat seat, String what,
                                   BiFunction<Program, PlanDay, Decision<PlanDay, DailyEvent>> step) {
        LocalDate d = date(date);
        Function<Loaded<PlanDay>, Program> running = loaded -> running(actor, programId,
                loaded.related(ProgramKind.PROGRAM, programId), d, seat, what);
        return days.keep(actor, PlanDay.idOf(programId, d), version, key, loaded -> {
                    Program p = running.apply(loaded);
                    return step.apply(p, empty(p, d)).orThrow();
                }, Change.reading(Related.record(ProgramKind.PROGRAM, programId), (day, loaded) ->
                        step.apply(running.apply(loaded), day)));
    }

    /** A day of the plan as the group's members see it (an empty day, version 0, before anything was done). */
    public PlanDay day(Actor actor, String programId, String date) {
        LocalDate d = date(date);
        Program p = programs.visible(actor, programId);
        if (!p.inGroup(actor)) {
            throw new Forbidden("only the group's members see its days");
        }
        return days.find(PlanDay.idOf(p.id(), d)).orElseGet(() -> empty(p, d));
    }

    /**
     * The daily work of a date (Asia/Shanghai; today when none): for the plans running the next day, its meal plan to
     * set and post and a holiday greeting when a holiday begins; for those running that day, the greeting. The
     * admins see every program's; a team member the programs they sit in.
     */
    public List<WorkItem> work(Actor actor, String date) {
        Instant now = days.now();
        LocalDate d = date == null || date.isBlank() ? ShanghaiTime.dateOf(now) : date(date);
        boolean all = actor.hasAny(Role.ADMIN, Role.SUPER_ADMIN);
        return items(started(), d, now, p -> all || p.team().isMember(actor.id()), this::daysOf);
    }

    /** How many days before its own a run looks back, to catch up a run that was never delivered. */
    static final int CATCH_UP_DAYS = 2;

    /**
     * T-13 fired (08:30: the greetings; 16:00: tomorrow's meal plans and holiday greetings), for the day it was
     * scheduled — a run delivered late, after midnight, acts on its own day, not the clock's. It also catches up the
     * runs of the {@value #CATCH_UP_DAYS} days before, in case one was never delivered: each owner of a task still
     * open is told once per task and date (a reminder's id is its date, task and program, so the inbox stores it
     * once however often it is sent). Returns how many were sent.
     */
    public int remind(TimerFired fired) {
        List<java.time.LocalTime> runs = TimerKind.DAILY_POSTS.dailyAt();
        if (fired.kind() != TimerKind.DAILY_POSTS || fired.occurrence() < 1 || fired.occurrence() > runs.size()) {
            throw new IllegalArgumentException("not the daily reminder: " + fired);
        }
        LocalDate day = ShanghaiTime.dateOf(fired.scheduledAt());
        List<Program> running = started();
        // the days looked at overlap (each date's work reads it and the next): each date is read once
        Map<LocalDate, Map<String, PlanDay>> read = new java.util.HashMap<>();
        Function<LocalDate, Map<String, PlanDay>> days = d -> read.computeIfAbsent(d, this::daysOf);
        List<Notification> out = new ArrayList<>();
        for (LocalDate d = day.minusDays(CATCH_UP_DAYS); !d.isAfter(day); d = d.plusDays(1)) {
            // stamped with the run's own time, so a re-delivered run's reminders are the same ones (stored once)
            Instant run = ShanghaiTime.at(d, runs.get(fired.occurrence() - 1));
            items(running, d, run, p -> true, days).stream()
                    .filter(i -> i.open() && i.owner() != null && i.task().reminder() == fired.occurrence())
                    .map(i -> Notification.toStaff("daily-" + i.forDate() + "-" + i.task() + "-" + i.programId(),
                            i.owner().id(), "提醒：" + i.task().label(), i.customerName() + "（第 " + i.day() + " 天，"
                                    + i.forDate() + "）：请在 " + ShanghaiTime.show(i.dueAt()) + " 前完成",
                            i.programId(), run))
                    .forEach(out::add);
        }
        notices.publish(out);
        return out.size();
    }

    private List<WorkItem> items(List<Program> running, LocalDate date, Instant now,
                                 java.util.function.Predicate<Program> include,
                                 Function<LocalDate, Map<String, PlanDay>> days) {
        LocalDate next = date.plusDays(1);
        Map<String, PlanDay> today = days.apply(date);
        Map<String, PlanDay> tomorrow = days.apply(next);
        WorkCalendar calendar = calendars.calendar();
        List<WorkItem> out = new ArrayList<>();
        for (Program p : running) {
            if (!include.test(p)) {
                continue;
            }
            PlanDays plan = p.days();
            if (runs(plan, next)) {
                PlanDay day = tomorrow.getOrDefault(p.id(), empty(p, next));
                out.add(item(p, plan, next, Task.SET_MEAL_PLAN, PlanDay.mealPlanDueFor(next),
                        day.mealPlans().stream().findFirst().map(PlanDay.MealPlan::at), now));
                out.add(posted(p, plan, day, PlanDay.PostKind.MEAL_PLAN, Task.POST_MEAL_PLAN, now));
                if (calendar.holidayBegins(next)) {
                    out.add(posted(p, plan, day, PlanDay.PostKind.HOLIDAY_GREETING, Task.HOLIDAY_GREETING, now));
                }
            }
            if (runs(plan, date)) {
                PlanDay day = today.getOrDefault(p.id(), empty(p, date));
                out.add(posted(p, plan, day, PlanDay.PostKind.GREETING, Task.GREETING, now));
            }
        }
        out.sort(Comparator.comparing(WorkItem::dueAt).thenComparing(WorkItem::programId));
        return out;
    }

    private WorkItem posted(Program p, PlanDays plan, PlanDay day, PlanDay.PostKind kind, Task task, Instant now) {
        return item(p, plan, day.date(), task, kind.dueFor(day.date()), day.first(kind).map(PlanDay.Post::at), now);
    }

    private static WorkItem item(Program p, PlanDays plan, LocalDate forDate, Task task, Instant due,
                                 Optional<Instant> done, Instant now) {
        Status s = done.map(at -> at.isAfter(due) ? Status.LATE : Status.DONE)
                .orElse(now.isAfter(due) ? Status.OVERDUE : Status.PENDING);
        return new WorkItem(p.id(), p.order().customerName(), forDate, plan.dayOf(forDate), task,
                p.team().member(task.seat()).orElse(null), due, done.orElse(null), s);
    }

    /** Every program whose plan runs (started, not ended or stopped). */
    private List<Program> started() {
        return Page.all(page -> list.atStage(Program.Stage.STARTED, page));
    }

    private static boolean runs(PlanDays plan, LocalDate date) {
        int day = plan.dayOf(date);
        return day >= 1 && day <= Plan.DAYS;
    }

    /** Every program's plan day of a date (one query), by program. */
    private Map<String, PlanDay> daysOf(LocalDate date) {
        return dayList.on(date).stream().collect(Collectors.toMap(PlanDay::programId, Function.identity(),
                (a, b) -> a));
    }

    /**
     * The program whose plan runs on the date, when the actor holds the seat in its team: else 404 (not theirs to
     * see), 403 (another seat's task), 409 (not running) or 400 (a date outside the 49 days).
     */
    private Program running(Actor actor, String programId, Optional<Program> found, LocalDate d, Team.Seat seat,
                            String what) {
        Program p = found.filter(x -> ProgramKind.PROGRAM.canSee(actor, x))
                .orElseThrow(() -> programs.notFound(programId));
        if (!p.seated(seat, actor.id())) {
            throw new Forbidden("only this program's " + seat.label() + " " + what);
        }
        if (p.stage() != Program.Stage.STARTED) {
            throw new Refused("the daily work is for a running plan (it is " + p.stage() + ")");
        }
        PlanDays plan = p.days();
        if (!runs(plan, d)) {
            throw InvalidInput.of("date", "must be one of the plan's 49 days: " + plan.day(1) + " to "
                    + plan.day(Plan.DAYS));
        }
        return p;
    }

    private static PlanDay empty(Program p, LocalDate d) {
        return PlanDay.empty(p.id(), d, p.order().customerId(),
                p.team().member(Team.Seat.ASSISTANT_COACH).map(StaffRef::id).orElse(null));
    }

    private static LocalDate date(String value) {
        Check check = new Check();
        LocalDate d = check.date("date", value);
        check.done();
        return d;
    }
}
