package com.clinic.program.course;

import com.clinic.platform.Actor;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.CourseFacts;
import com.clinic.program.PaidOrder;
import com.clinic.program.PlanDays;
import com.clinic.program.Program;
import com.clinic.program.Team;
import com.clinic.program.course.CourseEvent.*;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 49 days and after (sections (五)–(七)), the coaches' and the customer's record beside the office's
 * {@link Program}, with its own version: the three video calls (H-13, H-17, H-20), the start date the head coach
 * sets once call 1 is held, the day's plan paused on symptoms and resumed, the device guidance, the end customer
 * service marks (H-18) with its survey, a stop, the after-plan steps ({@link AfterPlan}) and which day events
 * (T-04…T-11) have fired, so a re-delivered one changes nothing. It keeps a copy of whose program it is and of its
 * team (followed when the office changes them), so that it decides alone; the program follows its milestones.
 */
public record Course(String id, Customer customer, Team team, List<Call> calls, LocalDate start, StaffRef startedBy,
                     LocalDate endedOn, StaffRef endedBy, Stop stop, List<Pause> pauses, Survey survey,
                     List<Fired> fired, AfterPlan after, List<SymptomReport> symptoms, List<Guidance> guidance,
                     List<Replacement> replacements, long version) implements Aggregate {
    /** The service review is reminded of at most three times (the manual's 发送 3 次后不再发送). */
    public static final int EVALUATION_REMINDERS = 3;
    /** A cancelled call is booked again within 24 h of the cancellation (the manual's 原则上 24 小时内完成). */
    public static final Duration REBOOK_WITHIN = Duration.ofHours(24);
    /** How far ahead a start date may be set: the goods are in hand, the plan begins soon. */
    public static final int START_WITHIN_DAYS = 14;

    /** Where the 49 days stand. */
    public enum Status {
        /** The goods are on their way or in; call 1 comes before the start date is set. */
        PREPARING,
        /** The start date is set: day 1 is that date. */
        STARTED,
        /** Marked ended (H-18): the after-plan steps count from that day. */
        ENDED,
        /** Stopped: nothing more fires. */
        STOPPED
    }

    public Course {
        calls = List.copyOf(calls);
        pauses = List.copyOf(pauses);
        fired = List.copyOf(fired);
        symptoms = List.copyOf(symptoms);
        guidance = List.copyOf(guidance);
        replacements = List.copyOf(replacements);
    }

    /** A program's course, opened with its order: nothing due yet. */
    public static Accepted<Course, CourseEvent> open(Program p, StaffRef by, Instant at) {
        PaidOrder o = p.order();
        Course c = new Course(p.id(), new Customer(o.customerId(), o.customerName(), o.phone(), o.orderNo()),
                p.team(), List.of(), null, null, null, null, null, List.of(), null, List.of(), AfterPlan.NONE,
                List.of(), List.of(), List.of(), 1);
        return new Accepted<>(c, new CourseOpened(p.id(), by, at));
    }

    public Status status() {
        return stop != null ? Status.STOPPED : endedOn != null ? Status.ENDED : start != null ? Status.STARTED
                : Status.PREPARING;
    }

    /** The plan's days once it has a start. */
    public Optional<PlanDays> days() {
        return start == null ? Optional.empty() : Optional.of(new PlanDays(start, endedOn));
    }

    public Optional<Call> call(int n) {
        return calls.stream().filter(c -> c.n() == n).findFirst();
    }

    /** What the program follows of the course: its stage, its days and the steps whose deadlines it keeps. */
    public CourseFacts facts() {
        Program.Stage stage = switch (status()) {
            case PREPARING -> null;
            case STARTED -> Program.Stage.STARTED;
            case ENDED -> Program.Stage.ENDED;
            case STOPPED -> Program.Stage.STOPPED;
        };
        return new CourseFacts(stage, days().orElse(null),
                calls.stream().anyMatch(c -> c.awaitingNewTime().isPresent()), devicesGuided(),
                endedOn != null && after.reviewsOwed().isEmpty());
    }

    /** The head coach books a call (or moves its time): the customer and the group get the notice again. */
    public Decision<Course, CourseEvent> book(int n, Instant callAt, String channel, StaffRef by, Instant now) {
        Optional<Call> c = call(n);
        if (c.isEmpty()) {
            return Decision.refuse("call " + n + " is not due yet");
        }
        if (c.get().held() != null) {
            return Decision.refuse("call " + n + " was held already");
        }
        if (!callAt.isAfter(now)) {
            return Decision.invalid("at", "must be in the future");
        }
        Optional<Call.Cancellation> cancelled = c.get().awaitingNewTime();
        if (cancelled.isPresent() && callAt.isAfter(cancelled.get().at().plus(REBOOK_WITHIN))) {
            return Decision.invalid("at", "must be within 24 h of the customer's cancellation (by "
                    + ShanghaiTime.show(cancelled.get().at().plus(REBOOK_WITHIN)) + ")");
        }
        if (callAt.isAfter(now.plus(Duration.ofDays(30)))) {
            return Decision.invalid("at", "must be within 30 days");
        }
        return next(withCall(c.get().booked(new Call.Booking(callAt, channel, by, now, null))),
                new VideoCallBooked(id, by, now, n, callAt, channel));
    }

    /** The customer cannot come: the head coach owes a new time within 2 h. */
    public Decision<Course, CourseEvent> cancel(int n, String reason, StaffRef by, Instant now) {
        Optional<Call> c = call(n);
        if (c.isEmpty() || c.get().held() != null || c.get().booking().isEmpty()) {
            return Decision.refuse("call " + n + " has no booked time to cancel");
        }
        return next(withCall(c.get().cancelled(new Call.Cancellation(reason, by, now))),
                new VideoCallCancelled(id, by, now, n, reason));
    }

    /** The assistant coach records the customer's questions and needs (a later record replaces it). */
    public Decision<Course, CourseEvent> note(int n, Call.Notes notes) {
        Optional<Call> c = call(n);
        if (c.isEmpty() || c.get().bookings().isEmpty()) {
            return Decision.refuse("call " + n + " is not booked yet");
        }
        return next(withCall(c.get().noted(notes)), new VideoCallNoted(id, notes.by(), notes.at(), n,
                notes.questions().size(), notes.needs().size()));
    }

    /** The head coach marks the call held, from its booked time on. */
    public Decision<Course, CourseEvent> hold(int n, Call.Held held) {
        Optional<Call> c = call(n);
        if (c.isEmpty() || c.get().held() != null) {
            return Decision.refuse(c.isEmpty() ? "call " + n + " is not due yet" : "call " + n + " was held already");
        }
        Optional<Call.Booking> b = c.get().booking();
        if (b.isEmpty()) {
            return Decision.refuse("call " + n + " has no booked time");
        }
        if (held.at().isBefore(b.get().at())) {
            return Decision.refuse("call " + n + " is booked for " + ShanghaiTime.show(b.get().at()));
        }
        return next(withCall(c.get().held(held)), new VideoCallHeld(id, held.by(), held.at(), n));
    }

    /** The head coach sets day 1, once call 1 is held: today or within 14 days. */
    public Decision<Course, CourseEvent> begin(LocalDate startDate, StaffRef by, Instant now) {
        if (status() != Status.PREPARING) {
            return Decision.refuse("the plan has started already (day 1: " + start + ")");
        }
        if (call(1).map(c -> c.held() == null).orElse(true)) {
            return Decision.refuse("the start date is set once video call 1 is held");
        }
        LocalDate today = ShanghaiTime.dateOf(now);
        if (startDate.isBefore(today) || startDate.isAfter(today.plusDays(START_WITHIN_DAYS))) {
            return Decision.invalid("startDate", "must be from " + today + " to " + today.plusDays(START_WITHIN_DAYS));
        }
        return next(new Course(id, customer, team, calls, startDate, by, null, null, null, pauses, survey, fired,
                after, symptoms, guidance, replacements, version), new PlanStarted(id, by, now, startDate));
    }

    /** The plan is stopped, once its goods are received; whatever is pending is cancelled with it. */
    public Decision<Course, CourseEvent> stop(String reason, StaffRef by, Instant now) {
        if (calls.isEmpty()) {
            return Decision.refuse("a plan is stopped once its goods are received; before, the order is handled");
        }
        if (status() == Status.STOPPED) {
            return Decision.refuse("the plan is stopped already");
        }
        return next(new Course(id, customer, team, calls, start, startedBy, endedOn, endedBy,
                new Stop(reason, by, now), pauses, survey, fired, after, symptoms, guidance, replacements, version),
                new PlanStopped(id, by, now, reason));
    }

    /** H-16 the customer reports symptoms during the plan: the head coach decides whether to pause the day. */
    public Decision<Course, CourseEvent> reportSymptoms(SymptomReport r) {
        if (status() != Status.STARTED) {
            return Decision.refuse("symptoms are reported to the head coach while the plan runs (it is " + status()
                    + ")");
        }
        return next(new Course(id, customer, team, calls, start, startedBy, endedOn, endedBy, stop, pauses, survey,
                fired, after, plus(symptoms, r), guidance, replacements, version),
                new SymptomsReported(id, r.by(), r.at(), r.symptoms(), r.since()));
    }

    /**
     * H-15 the assistant coach records a device's guidance, until the plan ends (a device guided again — bound at
     * last, or replaced — adds a record).
     */
    public Decision<Course, CourseEvent> guide(Guidance g) {
        if (status() == Status.ENDED || status() == Status.STOPPED) {
            return Decision.refuse("devices are guided before and during the plan (it is " + status() + ")");
        }
        return next(new Course(id, customer, team, calls, start, startedBy, endedOn, endedBy, stop, pauses, survey,
                fired, after, symptoms, plus(guidance, g), replacements, version),
                new DeviceGuided(id, g.by(), g.at(), g.device(), g.bound(), g.problem()));
    }

    /** Whether each device has had its guidance (bound or its problem recorded). */
    public boolean devicesGuided() {
        return java.util.Arrays.stream(Guidance.Device.values())
                .allMatch(d -> guidance.stream().anyMatch(g -> g.device() == d));
    }

    /** H-18: customer service marks the plan ended, from day 50 on; the survey goes to the group. */
    public Decision<Course, CourseEvent> end(StaffRef by, Instant now) {
        if (status() != Status.STARTED) {
            return Decision.refuse(status() == Status.ENDED ? "the plan is ended already"
                    : "only a running plan is ended (it is " + status() + ")");
        }
        LocalDate today = ShanghaiTime.dateOf(now);
        int day = days().orElseThrow().dayOf(today);
        if (day < PlanDays.END_DAY) {
            return Decision.refuse("the plan ends on day 50 (" + days().orElseThrow().day(PlanDays.END_DAY)
                    + "); today is day " + day);
        }
        return next(new Course(id, customer, team, calls, start, startedBy, today, by, null, pauses,
                new Survey(now, null, null), fired, after, symptoms, guidance, replacements, version),
                new PlanEnded(id, by, now, day));
    }

    /**
     * A day event fired (T-04…T-11), checked against the plan as it is now: one already handled, or one a stopped
     * plan or an un-ended one does not want, is refused (and changes nothing). Call 2 opens at T-04, call 3 at
     * T-06; the others only tell their people.
     */
    public Decision<Course, CourseEvent> fire(TimerKind kind, int occurrence, Instant now) {
        String unwanted = CoursePolicies.unwanted(this, kind, occurrence);
        if (unwanted != null) {
            return Decision.refuse(unwanted);
        }
        List<Call> c = new ArrayList<>(calls);
        int n = kind == TimerKind.WEEK_3_CALL ? 2 : kind == TimerKind.FINAL_CALL ? 3 : 0;
        if (n > 0 && call(n).isEmpty()) {
            c.add(Call.opened(n, now));
        }
        return next(new Course(id, customer, team, c, start, startedBy, endedOn, endedBy, stop, pauses, survey,
                plus(fired, new Fired(kind, occurrence, now)), after, symptoms, guidance, replacements, version),
                new PlanDayEvent(id, Actor.SYSTEM.ref(), now, kind, occurrence));
    }

    Course withPauses(List<Pause> p) {
        return new Course(id, customer, team, calls, start, startedBy, endedOn, endedBy, stop, p, survey, fired,
                after, symptoms, guidance, replacements, version);
    }

    Course withSurvey(Survey s) {
        return new Course(id, customer, team, calls, start, startedBy, endedOn, endedBy, stop, pauses, s, fired,
                after, symptoms, guidance, replacements, version);
    }

    Course withAfter(AfterPlan a) {
        return new Course(id, customer, team, calls, start, startedBy, endedOn, endedBy, stop, pauses, survey, fired,
                a, symptoms, guidance, replacements, version);
    }

    Course withReplacements(List<Replacement> r) {
        return new Course(id, customer, team, calls, start, startedBy, endedOn, endedBy, stop, pauses, survey, fired,
                after, symptoms, guidance, r, version);
    }

    Course withTeam(Team t) {
        return new Course(id, customer, t, calls, start, startedBy, endedOn, endedBy, stop, pauses, survey, fired,
                after, symptoms, guidance, replacements, version);
    }

    Course withCalls(List<Call> c) {
        return new Course(id, customer, team, c, start, startedBy, endedOn, endedBy, stop, pauses, survey, fired,
                after, symptoms, guidance, replacements, version);
    }

    private Course withCall(Call call) {
        return withCalls(calls.stream().map(x -> x.n() == call.n() ? call : x).toList());
    }

    /** The course's next version, with the event that made it. */
    static Decision<Course, CourseEvent> next(Course c, CourseEvent e) {
        return new Accepted<>(new Course(c.id, c.customer, c.team, c.calls, c.start, c.startedBy, c.endedOn,
                c.endedBy, c.stop, c.pauses, c.survey, c.fired, c.after, c.symptoms, c.guidance, c.replacements, c.version + 1), e);
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return all;
    }
}
