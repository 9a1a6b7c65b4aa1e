package com.clinic.program;

import com.clinic.platform.Actor;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.timer.TimerKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 49 days and after (sections (五)–(七)): the three video calls (H-13, H-17, H-20) with their bookings,
 * cancellations, notes and holding; the start date the head coach sets once call 1 is held; the day's plan paused
 * on symptoms and resumed; the end customer service marks (H-18) with the satisfaction survey; a stop; and which
 * day events (T-04…T-11) have fired, so a re-delivered one changes nothing.
 */
public record Course(List<Call> calls, LocalDate start, StaffRef startedBy, LocalDate endedOn, StaffRef endedBy,
                     Stop stop, List<Pause> pauses, Survey survey, List<Fired> fired, AfterPlan after,
                     List<SymptomReport> symptoms, List<Guidance> guidance) {
    /** The service review is reminded of at most three times (the manual's 发送 3 次后不再发送). */
    public static final int EVALUATION_REMINDERS = 3;
    /** Review texts shorter than this are the 敷衍 the manual forbids. */
    static final int MIN_REVIEW_TEXT = 10;

    /** A cancelled call is booked again within 24 h of the cancellation (the manual's 原则上 24 小时内完成). */
    public static final Duration REBOOK_WITHIN = Duration.ofHours(24);
    /** How far ahead a start date may be set: the goods are in hand, the plan begins soon. */
    public static final int START_WITHIN_DAYS = 14;

    public static final Course NONE = new Course(List.of(), null, null, null, null, null, List.of(), null, List.of(),
            AfterPlan.NONE, List.of(), List.of());

    public Course {
        calls = List.copyOf(calls);
        pauses = List.copyOf(pauses);
        fired = List.copyOf(fired);
        after = after == null ? AfterPlan.NONE : after;
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
    }

    /** Where the 49 days stand. */
    public enum Status {
        /** The goods are in; call 1 comes before the start date is set. */
        PREPARING,
        /** The start date is set: day 1 is that date. */
        STARTED,
        /** Marked ended (H-18): the after-plan steps count from that day. */
        ENDED,
        /** Stopped: nothing more fires. */
        STOPPED
    }

    public Status status() {
        return stop != null ? Status.STOPPED : endedOn != null ? Status.ENDED : start != null ? Status.STARTED
                : Status.PREPARING;
    }

    /** The plan's days once it has a start. */
    public Optional<PlanDays> days() {
        return start == null ? Optional.empty() : Optional.of(new PlanDays(start, endedOn));
    }

    /** The video calls: 1 before the plan, 2 at the end of week 3, 3 two days after the end. */
    public enum CallPurpose {
        BEFORE_PLAN("H-13", "方案前视频沟通"), WEEK_3("H-17", "方案中视频沟通"), AFTER_PLAN("H-20", "方案后视频沟通");

        private final String specId;
        private final String label;

        CallPurpose(String specId, String label) {
            this.specId = specId;
            this.label = label;
        }

        public String specId() {
            return specId;
        }

        public String label() {
            return label;
        }

        public static CallPurpose of(int n) {
            return values()[n - 1];
        }
    }

    /** A booked time, on a channel (微信视频, 腾讯会议…), cancelled when the customer cannot come. */
    public record Booking(Instant at, String channel, StaffRef by, Instant bookedAt, Cancellation cancelled) {
        Booking cancel(Cancellation c) {
            return new Booking(at, channel, by, bookedAt, c);
        }
    }

    /** The customer cannot come: her reason, and who recorded it (she herself in the app, or a team member). */
    public record Cancellation(String reason, StaffRef by, Instant at) {
    }

    /** The assistant coach's record of the customer's questions and needs. */
    public record Notes(List<String> questions, List<String> needs, StaffRef by, Instant at) {
        public Notes {
            questions = List.copyOf(questions);
            needs = List.copyOf(needs);
        }
    }

    /** The call took place: what was covered (the head coach's checklist) and its summary. */
    public record Held(List<String> covered, String summary, StaffRef by, Instant at) {
        public Held {
            covered = List.copyOf(covered);
        }
    }

    /** Video call {@code n} (1–3), opened when the system notified the coaches. */
    public record Call(int n, Instant openedAt, List<Booking> bookings, Notes notes, Held held) {
        public Call {
            bookings = List.copyOf(bookings);
        }

        public CallPurpose purpose() {
            return CallPurpose.of(n);
        }

        /** The booking that stands (the last one, not cancelled). */
        public Optional<Booking> booking() {
            return bookings.isEmpty() || bookings.get(bookings.size() - 1).cancelled() != null ? Optional.empty()
                    : Optional.of(bookings.get(bookings.size() - 1));
        }

        /** The last cancellation, while no new time is booked. */
        public Optional<Cancellation> awaitingNewTime() {
            return bookings.isEmpty() ? Optional.empty()
                    : Optional.ofNullable(bookings.get(bookings.size() - 1).cancelled());
        }

        Call with(List<Booking> b, Notes x, Held h) {
            return new Call(n, openedAt, b, x, h);
        }
    }

    /** A day event the plan acted on: its kind, which occurrence (a repeated reminder counts up), when. */
    public record Fired(TimerKind kind, int occurrence, Instant at) {
    }

    /** H-16 the customer feels unwell (头晕、乏力…): what, for how long, who passed it on, when. */
    public record SymptomReport(String symptoms, String since, StaffRef by, Instant at) {
    }

    /** H-15 the two devices the customer receives with her goods. */
    public enum Device {
        SCALE("体脂秤"), WRISTBAND("手环");

        private final String label;

        Device(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the assistant coach guided: a demonstration in the group, or step by step on the phone. */
    public enum GuidanceMethod { GROUP, PHONE }

    /**
     * H-15 one device's guidance: how it was given, whether the device is bound and its data reach the group, what
     * failed if not (Bluetooth, permissions, a faulty device), and the screenshots kept in the service record.
     */
    public record Guidance(Device device, GuidanceMethod method, boolean bound, String problem,
                           List<String> screenshotKeys, StaffRef by, Instant at) {
        public Guidance {
            screenshotKeys = List.copyOf(screenshotKeys);
        }
    }

    /** The plan stopped: why, by whom, when. */
    public record Stop(String reason, StaffRef by, Instant at) {
    }

    /** The head coach paused a day's plan on the customer's symptoms; resumed the same day or ended by that day. */
    public record Pause(LocalDate date, int day, String symptoms, String reason, StaffRef by, Instant at,
                        StaffRef resumedBy, Instant resumedAt) {
        public boolean open(LocalDate today) {
            return resumedAt == null && date.equals(today);
        }
    }

    /** H-18 the satisfaction survey: sent with the end, answered in the app, or her refusal recorded. */
    public record Survey(Instant sentAt, Answer answer, Refusal refusal) {
        public boolean settled() {
            return answer != null || refusal != null;
        }
    }

    /** The customer's answers: 1–5 for the service, the coaches, the meals and the results; comments. */
    public record Answer(int service, int coaches, int meals, int results, boolean recommend, String comments,
                         Instant at) {
    }

    /** The customer would not fill it in: customer service records what she said. */
    public record Refusal(String reason, StaffRef by, Instant at) {
    }

    /** Opened when the customer confirms receipt: call 1 is due and the coaches are told. */
    static Course opened(Instant at) {
        return new Course(List.of(new Call(1, at, List.of(), null, null)), null, null, null, null, null, List.of(),
                null, List.of(), AfterPlan.NONE, List.of(), List.of());
    }

    public Optional<Call> call(int n) {
        return calls.stream().filter(c -> c.n() == n).findFirst();
    }

    /** The head coach books a call (or moves its time): the customer and the group get the notice again. */
    Decision<Course, ProgramEvent> book(String pid, int n, Instant callAt, String channel, StaffRef by, Instant now) {
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
        Optional<Cancellation> cancelled = c.get().awaitingNewTime();
        if (cancelled.isPresent() && callAt.isAfter(cancelled.get().at().plus(REBOOK_WITHIN))) {
            return Decision.invalid("at", "must be within 24 h of the customer's cancellation (by "
                    + ShanghaiTime.show(cancelled.get().at().plus(REBOOK_WITHIN)) + ")");
        }
        if (callAt.isAfter(now.plus(Duration.ofDays(30)))) {
            return Decision.invalid("at", "must be within 30 days");
        }
        List<Booking> b = new ArrayList<>(c.get().bookings());
        b.add(new Booking(callAt, channel, by, now, null));
        return new Accepted<>(withCall(c.get().with(b, c.get().notes(), null)), new ProgramEvent(
                ProgramEvent.CALL_BOOKED, pid, by, now, c.get().purpose().label() + "已预约：" + ShanghaiTime.show(callAt)
                + "，" + channel));
    }

    /** The customer cannot come: the head coach owes a new time within 2 h. */
    Decision<Course, ProgramEvent> cancel(String pid, int n, String reason, StaffRef by, Instant now) {
        Optional<Call> c = call(n);
        if (c.isEmpty() || c.get().held() != null || c.get().booking().isEmpty()) {
            return Decision.refuse("call " + n + " has no booked time to cancel");
        }
        List<Booking> b = new ArrayList<>(c.get().bookings());
        b.set(b.size() - 1, b.get(b.size() - 1).cancel(new Cancellation(reason, by, now)));
        return new Accepted<>(withCall(c.get().with(b, c.get().notes(), null)), new ProgramEvent(
                ProgramEvent.CALL_CANCELLED, pid, by, now, c.get().purpose().label() + "客户无法参加：" + reason));
    }

    /** The assistant coach records the customer's questions and needs (a later record replaces it). */
    Decision<Course, ProgramEvent> note(String pid, int n, Notes notes) {
        Optional<Call> c = call(n);
        if (c.isEmpty() || c.get().bookings().isEmpty()) {
            return Decision.refuse("call " + n + " is not booked yet");
        }
        return new Accepted<>(withCall(c.get().with(c.get().bookings(), notes, c.get().held())), new ProgramEvent(
                ProgramEvent.CALL_NOTED, pid, notes.by(), notes.at(), c.get().purpose().label() + "记录：疑问 "
                + notes.questions().size() + " 条，需求 " + notes.needs().size() + " 条"));
    }

    /** The head coach marks the call held, from its booked time on. */
    Decision<Course, ProgramEvent> hold(String pid, int n, Held held) {
        Optional<Call> c = call(n);
        if (c.isEmpty() || c.get().held() != null) {
            return Decision.refuse(c.isEmpty() ? "call " + n + " is not due yet" : "call " + n + " was held already");
        }
        Optional<Booking> b = c.get().booking();
        if (b.isEmpty()) {
            return Decision.refuse("call " + n + " has no booked time");
        }
        if (held.at().isBefore(b.get().at())) {
            return Decision.refuse("call " + n + " is booked for " + ShanghaiTime.show(b.get().at()));
        }
        return new Accepted<>(withCall(c.get().with(c.get().bookings(), c.get().notes(), held)), new ProgramEvent(
                ProgramEvent.CALL_HELD, pid, held.by(), held.at(), c.get().purpose().label() + "已完成"));
    }

    /** The head coach sets day 1, once call 1 is held: today or within 14 days. */
    Decision<Course, ProgramEvent> begin(String pid, LocalDate startDate, StaffRef by, Instant now) {
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
        return new Accepted<>(new Course(calls, startDate, by, null, null, null, pauses, survey, fired, after,
                symptoms, guidance), new ProgramEvent(ProgramEvent.PLAN_STARTED, pid, by, now, "方案开始日期：" + startDate + "（第 1 天）"));
    }

    /** The plan is stopped; whatever is pending is cancelled with it. */
    Decision<Course, ProgramEvent> stop(String pid, String reason, StaffRef by, Instant now) {
        if (status() == Status.STOPPED) {
            return Decision.refuse("the plan is stopped already");
        }
        return new Accepted<>(new Course(calls, start, startedBy, endedOn, endedBy, new Stop(reason, by, now), pauses,
                survey, fired, after, symptoms, guidance), new ProgramEvent(ProgramEvent.PLAN_STOPPED, pid, by, now,
                "方案已停止：" + reason));
    }

    /** The head coach pauses today's plan on the customer's symptoms; the plan's dates stay. */
    Decision<Course, ProgramEvent> pause(String pid, String symptoms, String reason, StaffRef by, Instant now) {
        LocalDate today = ShanghaiTime.dateOf(now);
        String running = running(today);
        if (running != null) {
            return Decision.refuse(running);
        }
        if (pauses.stream().anyMatch(p -> p.date().equals(today))) {
            return Decision.refuse("today's plan was paused already (resume it, or pause again tomorrow)");
        }
        int day = days().orElseThrow().dayOf(today);
        List<Pause> all = new ArrayList<>(pauses);
        all.add(new Pause(today, day, symptoms, reason, by, now, null, null));
        return new Accepted<>(withPauses(all), new ProgramEvent(ProgramEvent.PLAN_PAUSED, pid, by, now, "第 " + day
                + " 天方案暂停：" + symptoms));
    }

    /** H-16 the customer reports symptoms during the plan: the head coach decides whether to pause the day. */
    Decision<Course, ProgramEvent> reportSymptoms(String pid, SymptomReport r) {
        if (status() != Status.STARTED) {
            return Decision.refuse("symptoms are reported to the head coach while the plan runs (it is " + status()
                    + ")");
        }
        List<SymptomReport> all = new ArrayList<>(symptoms);
        all.add(r);
        return new Accepted<>(new Course(calls, start, startedBy, endedOn, endedBy, stop, pauses, survey, fired, after,
                all, guidance), new ProgramEvent(ProgramEvent.SYMPTOMS_REPORTED, pid, r.by(), r.at(), "客户反馈身体不适："
                + r.symptoms() + (r.since() == null ? "" : "（" + r.since() + "）")));
    }

    /**
     * H-15 the assistant coach records a device's guidance, from receipt until the plan ends (a device guided again —
     * bound at last, or replaced — adds a record).
     */
    Decision<Course, ProgramEvent> guide(String pid, Guidance g) {
        if (status() == Status.ENDED || status() == Status.STOPPED) {
            return Decision.refuse("devices are guided before and during the plan (it is " + status() + ")");
        }
        List<Guidance> all = new ArrayList<>(guidance);
        all.add(g);
        return new Accepted<>(new Course(calls, start, startedBy, endedOn, endedBy, stop, pauses, survey, fired, after,
                symptoms, all), new ProgramEvent(ProgramEvent.DEVICE_GUIDED, pid, g.by(), g.at(), g.device().label()
                + (g.bound() ? "已完成绑定指导" : "绑定未成功：" + g.problem())));
    }

    /** Whether each device has had its guidance (bound or its problem recorded). */
    public boolean devicesGuided() {
        return java.util.Arrays.stream(Device.values())
                .allMatch(d -> guidance.stream().anyMatch(g -> g.device() == d));
    }

    /** Today's paused plan goes on. */
    Decision<Course, ProgramEvent> resume(String pid, StaffRef by, Instant now) {
        LocalDate today = ShanghaiTime.dateOf(now);
        Optional<Pause> open = pauses.stream().filter(p -> p.open(today)).findFirst();
        if (open.isEmpty()) {
            return Decision.refuse("today's plan is not paused");
        }
        Pause p = open.get();
        List<Pause> all = pauses.stream().map(x -> x == p ? new Pause(p.date(), p.day(), p.symptoms(), p.reason(),
                p.by(), p.at(), by, now) : x).toList();
        return new Accepted<>(withPauses(all), new ProgramEvent(ProgramEvent.PLAN_RESUMED, pid, by, now, "第 " + p.day()
                + " 天方案恢复"));
    }

    /** H-18: customer service marks the plan ended, from day 50 on; the survey goes to the group. */
    Decision<Course, ProgramEvent> end(String pid, StaffRef by, Instant now) {
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
        return new Accepted<>(new Course(calls, start, startedBy, today, by, null, pauses, new Survey(now, null, null),
                fired, after, symptoms, guidance), new ProgramEvent(ProgramEvent.PLAN_ENDED, pid, by, now, "方案已结束（第 " + day
                + " 天），已发送调查问卷"));
    }

    /** The customer answers the survey in the app (once). */
    Decision<Course, ProgramEvent> answer(String pid, Answer a, Actor customer) {
        String open = surveyOpen();
        if (open != null) {
            return Decision.refuse(open);
        }
        return new Accepted<>(withSurvey(new Survey(survey.sentAt(), a, null)), new ProgramEvent(
                ProgramEvent.SURVEY_ANSWERED, pid, customer.ref(), a.at(), "调查问卷已填写（服务 " + a.service() + "/5）"));
    }

    /** She will not fill it in: customer service records it (the manual's 记录情况即可). */
    Decision<Course, ProgramEvent> refuseSurvey(String pid, Refusal r) {
        String open = surveyOpen();
        if (open != null) {
            return Decision.refuse(open);
        }
        return new Accepted<>(withSurvey(new Survey(survey.sentAt(), null, r)), new ProgramEvent(
                ProgramEvent.SURVEY_REFUSED, pid, r.by(), r.at(), "客户不愿填写调查问卷：" + r.reason()));
    }

    private String surveyOpen() {
        if (survey == null) {
            return "the survey is sent when the plan ends";
        }
        return survey.settled() ? "the survey is answered already" : null;
    }

    /**
     * A day event fired (T-04…T-11), checked against the plan as it is now: one already handled, or one a stopped
     * plan or an un-ended one does not want, is refused (and changes nothing). Call 2 opens at T-04, call 3 at
     * T-06; the others only tell their people.
     */
    Decision<Course, ProgramEvent> fire(String pid, TimerKind kind, int occurrence, Instant now) {
        if (fired.stream().anyMatch(f -> f.kind() == kind && f.occurrence() == occurrence)) {
            return Decision.refuse(kind.specId() + " fired already");
        }
        Status wants = kind.anchor() == TimerKind.Anchor.PLAN_START ? Status.STARTED : Status.ENDED;
        if (status() != wants) {
            return Decision.refuse(kind.specId() + " is not for a plan that is " + status());
        }
        if (kind == TimerKind.RECHECK_REMINDER && after.recheck() != null) {
            return Decision.refuse("the re-check report came already: no reminder");
        }
        if (kind == TimerKind.EVALUATION_REMINDER && (after.reviewsOwed().isEmpty()
                || occurrence > EVALUATION_REMINDERS)) {
            return Decision.refuse("no service review is owed, or the reminders are spent");
        }
        List<Fired> f = new ArrayList<>(fired);
        f.add(new Fired(kind, occurrence, now));
        List<Call> c = new ArrayList<>(calls);
        if (kind == TimerKind.WEEK_3_CALL || kind == TimerKind.FINAL_CALL) {
            int n = kind == TimerKind.WEEK_3_CALL ? 2 : 3;
            if (call(n).isEmpty()) {
                c.add(new Call(n, now, List.of(), null, null));
            }
        }
        return new Accepted<>(new Course(c, start, startedBy, endedOn, endedBy, stop, pauses, survey, f, after,
                symptoms, guidance), new ProgramEvent(ProgramEvent.DAY_EVENT, pid, Actor.SYSTEM.ref(), now, kind.specId() + " "
                        + kind.fires() + (occurrence > 1 ? "（第 " + occurrence + " 次）" : "")));
    }

    /** H-19 a coach's review of the service, once per coaching seat, after the end. */
    Decision<Course, ProgramEvent> review(String pid, AfterPlan.Review r) {
        String ended = ended();
        if (ended != null) {
            return Decision.refuse(ended);
        }
        if (after.review(r.seat()).isPresent()) {
            return Decision.refuse("the " + r.seat().label() + "'s review is in already");
        }
        List<AfterPlan.Review> all = new ArrayList<>(after.reviews());
        all.add(r);
        return new Accepted<>(withAfter(after.with(all, after.summary(), after.photos(), after.recheck(),
                after.evaluations())), new ProgramEvent(ProgramEvent.SERVICE_REVIEWED, pid, r.by(), r.at(),
                r.seat().label() + "复盘评价：客户执行 " + r.score() + "/10"));
    }

    /** H-19 the head coach's summary report over both reviews, once; printed as {@code pdfJobId}. */
    Decision<Course, ProgramEvent> summarize(String pid, AfterPlan.Summary summary) {
        String ended = ended();
        if (ended != null) {
            return Decision.refuse(ended);
        }
        if (!after.reviewsOwed().isEmpty()) {
            return Decision.refuse("the summary waits for the reviews of " + String.join("、",
                    after.reviewsOwed().stream().map(Team.Seat::label).toList()));
        }
        if (after.summary() != null) {
            return Decision.refuse("the summary report is written already");
        }
        return new Accepted<>(withAfter(after.with(after.reviews(), summary, after.photos(), after.recheck(),
                after.evaluations())), new ProgramEvent(ProgramEvent.SERVICE_SUMMARIZED, pid, summary.by(),
                summary.at(), "服务总结报告已生成"));
    }

    /** H-21 the post-plan photos, or her refusal (the photos are not compulsory), once. */
    Decision<Course, ProgramEvent> postPlanPhotos(String pid, AfterPlan.Photos photos) {
        String ended = ended();
        if (ended != null) {
            return Decision.refuse(ended);
        }
        if (after.photos() != null) {
            return Decision.refuse(after.photos().refusal() != null ? "her refusal is recorded already"
                    : "the post-plan photos are in already");
        }
        return new Accepted<>(withAfter(after.with(after.reviews(), after.summary(), photos, after.recheck(),
                after.evaluations())), new ProgramEvent(photos.refusal() != null ? ProgramEvent.PHOTOS_REFUSED
                : ProgramEvent.PHOTOS_UPLOADED, pid, photos.by(), photos.at(), photos.refusal() != null
                ? "客户不上传方案后照片：" + photos.refusal() : "方案后照片已上传（" + photos.keys().size() + " 张）"));
    }

    /** H-23 the re-check report, once: the end + 30 reminder is then skipped. */
    Decision<Course, ProgramEvent> recheck(String pid, AfterPlan.Recheck report, StaffRef by) {
        String ended = ended();
        if (ended != null) {
            return Decision.refuse(ended);
        }
        if (after.recheck() != null) {
            return Decision.refuse("the re-check report is in already");
        }
        return new Accepted<>(withAfter(after.with(after.reviews(), after.summary(), after.photos(), report,
                after.evaluations())), new ProgramEvent(ProgramEvent.RECHECK_UPLOADED, pid, by, report.at(),
                "复检报告已上传（" + report.keys().size() + " 个文件）"));
    }

    /** H-22 / H-24 the coaches' evaluation {@code n}, once it is due (T-07 / T-10 fired), once. */
    Decision<Course, ProgramEvent> evaluate(String pid, AfterPlan.Evaluation e) {
        TimerKind due = e.n() == 1 ? TimerKind.POST_PLAN : TimerKind.SECOND_EVALUATION;
        if (fired.stream().noneMatch(f -> f.kind() == due)) {
            return Decision.refuse("evaluation " + e.n() + " is due on end + " + due.days());
        }
        if (after.evaluation(e.n()).isPresent()) {
            return Decision.refuse("evaluation " + e.n() + " is written already");
        }
        List<AfterPlan.Evaluation> all = new ArrayList<>(after.evaluations());
        all.add(e);
        return new Accepted<>(withAfter(after.with(after.reviews(), after.summary(), after.photos(), after.recheck(),
                all)), new ProgramEvent(ProgramEvent.CUSTOMER_EVALUATED, pid, e.by(), e.at(), "第" + (e.n() == 1 ? "一"
                : "二") + "次评估已完成"));
    }

    private String ended() {
        return status() == Status.ENDED ? null : "this is done after the plan's end (it is " + status() + ")";
    }

    private Course withAfter(AfterPlan a) {
        return new Course(calls, start, startedBy, endedOn, endedBy, stop, pauses, survey, fired, a, symptoms, guidance);
    }

    /** The last day event the plan acted on. */
    public Optional<Fired> lastFired() {
        return fired.isEmpty() ? Optional.empty() : Optional.of(fired.get(fired.size() - 1));
    }

    /** Why today's plan cannot be paused now, or null when it can. */
    private String running(LocalDate today) {
        if (status() != Status.STARTED) {
            return "only a running plan is paused";
        }
        int day = days().orElseThrow().dayOf(today);
        return day < 1 || day > Plan.DAYS ? "today is not one of the plan's 49 days (day " + day + ")" : null;
    }

    private Course withCall(Call call) {
        List<Call> c = calls.stream().map(x -> x.n() == call.n() ? call : x).toList();
        return new Course(c, start, startedBy, endedOn, endedBy, stop, pauses, survey, fired, after, symptoms, guidance);
    }

    private Course withPauses(List<Pause> p) {
        return new Course(calls, start, startedBy, endedOn, endedBy, stop, p, survey, fired, after, symptoms, guidance);
    }

    private Course withSurvey(Survey s) {
        return new Course(calls, start, startedBy, endedOn, endedBy, stop, pauses, s, fired, after, symptoms, guidance);
    }
}
