package com.clinic.program.course;

import static com.clinic.program.ProgramCareTest.CONTENT;
import static com.clinic.program.ProgramCareTest.CS;
import static com.clinic.program.ProgramCareTest.HM;
import static com.clinic.program.ProgramCareTest.LIN;
import static com.clinic.program.ProgramTest.ADMIN;
import static com.clinic.program.ProgramTest.at;
import static com.clinic.program.ProgramTest.due;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.Actor;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.Deadline;
import com.clinic.program.Delivery;
import com.clinic.program.DeliverySteps;
import com.clinic.program.Program;
import com.clinic.program.Program.Stage;
import com.clinic.program.ProgramCareTest;
import com.clinic.program.ProgramEvent;
import com.clinic.program.ProgramTest;
import com.clinic.program.readings.Readings;
import com.clinic.program.readings.Results;
import com.clinic.program.Step;
import com.clinic.program.Team;
import com.clinic.program.TeamSteps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The 49 days and after on the course's own record: the calls and their reschedule rule, day 1, a day's pause, the
 * end, the day events, a stop; and the program following its milestones (stage, days, deadlines) as the command
 * path does in the same transaction.
 */
class CourseTest {
    static final StaffRef HAN = ProgramTest.HAN.ref();
    static final StaffRef YANG = ProgramTest.YANG.ref();

    /** A program and its course as the command path keeps them in step, with the course's last event. */
    record Both(Program p, Course c, CourseEvent last) {
        /** A step of the course at {@code at}, the program following it when it moves. */
        Both then(Function<Course, Decision<Course, CourseEvent>> step, Instant at) {
            Accepted<Course, CourseEvent> done = step.apply(c).orThrow();
            Decision<Program, ProgramEvent> f = p.followCourse(done.after().facts(), ADMIN, at, due(at));
            return new Both(f instanceof Accepted<Program, ProgramEvent> a ? a.after() : p, done.after(), done.event());
        }

        /** The same step, refused or not, as the rule answers it. */
        Decision<Course, CourseEvent> tries(Function<Course, Decision<Course, CourseEvent>> step) {
            return step.apply(c);
        }

        /** Who hears of the last event: staff by id, roles by name. */
        List<String> told() {
            return CourseKind.COURSE.notifications(last, c).stream()
                    .map(n -> n.recipientId() != null ? n.recipientId() : n.recipientRole().name()).toList();
        }
    }

    /** A program whose customer confirmed receipt on {@code at}, and its course with the team in the group. */
    static Both received(Instant at) {
        Program planned = ProgramCareTest.confirmedArchive(at).submitPlan(CONTENT, null, HM, at, due(at)).orThrow()
                .after();
        Program chosen = DeliverySteps.choose(planned, Delivery.chosen(Delivery.Method.MAIL, null, null,
                "上海市徐汇区漕溪北路 1 号", "林晓", "13800001111", CS, at), at, due(at)).orThrow().after();
        Program packed = DeliverySteps.pack(chosen, CONTENT.goods(), new Delivery.Packing(0, "SF", "顺丰速运",
                "SF1234567890", null, null, ADMIN, at), at, due(at)).orThrow().after();
        Program p = DeliverySteps.confirmShipment(packed, List.of("programs/x/shipment/1.jpg"), ADMIN, at, due(at))
                .orThrow().after();
        for (var seat : List.of(Map.entry(Team.Seat.HEAD_COACH, HAN), Map.entry(Team.Seat.ASSISTANT_COACH, YANG),
                Map.entry(Team.Seat.CUSTOMER_SERVICE, CS))) {
            p = TeamSteps.answer(p, seat.getKey(), seat.getValue(), true, at).orThrow().after();
        }
        Course c = Course.open(p, ADMIN, at).after();
        Accepted<Course, CourseEvent> opened = CourseFollows.receipt(c, LIN.ref(), at).orThrow();
        return new Both(DeliverySteps.confirmReceipt(p, LIN, at, due(at)).orThrow().after(), opened.after(),
                opened.event());
    }

    /** Call 1 booked at {@code call} and held an hour later. */
    static Both called(Both b, Instant call) {
        return b.then(c -> c.book(1, call, "微信视频", HAN, call.minusSeconds(3600)), call.minusSeconds(3600))
                .then(c -> c.hold(1, new Call.Held(List.of("饮食"), "已沟通", HAN, call.plusSeconds(3600))),
                        call.plusSeconds(3600));
    }

    @Test
    void receiptOpensCallOneAndTheCoachesAreTold() {
        Instant at = at("2026-11-23T10:00:00");
        Both b = received(at);
        assertEquals(Course.Status.PREPARING, b.c().status());
        assertEquals(List.of(1), b.c().calls().stream().map(Call::n).toList());
        assertEquals(List.of("h1", "c1"), b.told(), "both coaches hear that call 1 is due");
        assertThrows(Refused.class, () -> b.tries(c -> c.book(2, at.plusSeconds(3600), "微信视频", HAN, at)).orThrow(),
                "call 2 opens on day 21");
        InvalidInput past = assertThrows(InvalidInput.class, () -> b.tries(c -> c.book(1, at.minusSeconds(60), "微信视频",
                HAN, at)).orThrow());
        assertEquals("at", past.errors().get(0).field());
        assertThrows(Refused.class, () -> b.tries(c -> c.begin(LocalDate.of(2026, 11, 24), HAN, at)).orThrow(),
                "day 1 is set once call 1 is held");
    }

    @Test
    void aCancelledCallIsBookedAgainWithinTwentyFourHoursAndTheTwoHourDeadlineCloses() {
        Instant at = at("2026-11-23T10:00:00");
        Both received = received(at);
        Both booked = received.then(c -> c.book(1, at("2026-11-24T20:00:00"), "腾讯会议", HAN, at), at);
        assertEquals(1, CourseGroupMessages.of(received.c(), booked.c()).stream()
                .filter(m -> m.text().contains("2026-11-24T20:00")).count(), "the customer's notice in the group");
        Instant cancelledAt = at("2026-11-24T12:00:00");
        Both cancelled = booked.then(c -> c.cancel(1, "临时加班", LIN.ref(), cancelledAt), cancelledAt);
        Deadline rebook = cancelled.p().deadlines().get(cancelled.p().deadlines().size() - 1);
        assertEquals(Step.REBOOK_CALL, rebook.step(), "the program keeps the deadline its course opened");
        assertEquals(cancelledAt.plusSeconds(2 * 3600), rebook.dueAt(), "2 h on the clock");
        assertTrue(cancelled.c().call(1).orElseThrow().awaitingNewTime().isPresent());
        assertEquals(List.of("h1"), cancelled.told(), "the head coach finds a new time");
        InvalidInput late = assertThrows(InvalidInput.class, () -> cancelled.tries(c -> c.book(1,
                at("2026-11-25T12:30:00"), "腾讯会议", HAN, cancelledAt.plusSeconds(600))).orThrow());
        assertEquals("at", late.errors().get(0).field(), "held within 24 h of the cancellation");
        Both again = cancelled.then(c -> c.book(1, at("2026-11-25T09:00:00"), "腾讯会议", HAN,
                cancelledAt.plusSeconds(600)), cancelledAt.plusSeconds(600));
        assertTrue(again.p().deadlines().stream().noneMatch(d -> d.open() && d.step() == Step.REBOOK_CALL),
                "the new time closes the 2 h deadline");
        assertEquals(2, again.c().call(1).orElseThrow().bookings().size(), "the cancelled one stays on record");
        assertThrows(Refused.class, () -> again.tries(c -> c.hold(1, new Call.Held(List.of(), "早了", HAN,
                at("2026-11-25T08:00:00")))).orThrow(), "not before its time");
    }

    @Test
    void dayOneIsSetAfterCallOneAndADaysPlanIsPausedAndResumedWithItsDatesKept() {
        Instant at = at("2026-11-23T10:00:00");
        Both held = called(received(at), at("2026-11-23T20:00:00"));
        Instant now = at("2026-11-24T09:00:00");
        InvalidInput far = assertThrows(InvalidInput.class, () -> held.tries(c -> c.begin(LocalDate.of(2026, 12, 9),
                HAN, now)).orThrow());
        assertEquals("startDate", far.errors().get(0).field());
        assertThrows(InvalidInput.class, () -> held.tries(c -> c.begin(LocalDate.of(2026, 11, 23), HAN, now))
                .orThrow(), "not past");
        Both started = held.then(c -> c.begin(LocalDate.of(2026, 11, 25), HAN, now), now);
        assertEquals(Stage.STARTED, started.p().stage(), "the program follows the start");
        assertEquals(started.c().days().orElseThrow(), started.p().days(), "and keeps the plan's days");
        assertThrows(Refused.class, () -> started.tries(c -> c.begin(LocalDate.of(2026, 11, 26), HAN, now)).orThrow(),
                "once");
        assertThrows(Refused.class, () -> started.tries(c -> DayPauses.pause(c, "头晕", null, HAN, now)).orThrow(),
                "day 0 is no plan day");
        Instant day3 = at("2026-11-27T15:00:00");
        Both paused = started.then(c -> DayPauses.pause(c, "头晕、乏力", "暂停运动", HAN, day3), day3);
        assertEquals(3, paused.c().pauses().get(0).day());
        assertThrows(Refused.class, () -> paused.tries(c -> DayPauses.pause(c, "头晕", null, HAN, day3)).orThrow(),
                "once a day");
        assertThrows(Refused.class, () -> held.tries(c -> c.reportSymptoms(new SymptomReport("头晕", null, LIN.ref(),
                now))).orThrow(), "reported while the plan runs");
        Both reported = started.then(c -> c.reportSymptoms(new SymptomReport("头晕、乏力", "约 2 小时", LIN.ref(), day3)),
                day3);
        assertEquals(List.of("h1"), reported.told(), "the head coach decides");
        Both resumed = paused.then(c -> DayPauses.resume(c, HAN, day3.plusSeconds(3600)), day3.plusSeconds(3600));
        assertEquals(started.c().days(), resumed.c().days(), "a pause keeps the plan's dates");
        assertThrows(Refused.class, () -> resumed.tries(c -> DayPauses.resume(c, HAN, day3.plusSeconds(7200)))
                .orThrow());
    }

    @Test
    void theEndComesOnDayFiftyWithTheSurveyAndTheDayEventsActOnceOnThePlanAsItIs() {
        Instant at = at("2026-11-23T10:00:00");
        Both started = called(received(at), at("2026-11-23T20:00:00")).then(c -> c.begin(LocalDate.of(2026, 11, 24),
                HAN, at("2026-11-24T08:00:00")), at("2026-11-24T08:00:00"));
        Instant day21 = at("2026-12-14T10:00:00");
        Both week3 = started.then(c -> c.fire(TimerKind.WEEK_3_CALL, 1, day21), day21);
        assertEquals(List.of(1, 2), week3.c().calls().stream().map(Call::n).toList(), "call 2 opens");
        assertThrows(Refused.class, () -> week3.tries(c -> c.fire(TimerKind.WEEK_3_CALL, 1, day21)).orThrow(),
                "delivered twice, acted on once");
        assertThrows(Refused.class, () -> week3.tries(c -> c.fire(TimerKind.FINAL_CALL, 1, day21)).orThrow(),
                "the after-plan events wait for the end");
        Refused early = assertThrows(Refused.class, () -> week3.tries(c -> c.end(CS, at("2027-01-11T10:00:00")))
                .orThrow());
        assertTrue(early.getMessage().contains("2027-01-12"), early.getMessage());
        Both ended = week3.then(c -> c.end(CS, at("2027-01-12T09:00:00")), at("2027-01-12T09:00:00"));
        assertEquals(Stage.ENDED, ended.p().stage());
        assertEquals(LocalDate.of(2027, 1, 12), ended.c().endedOn());
        assertEquals(LocalDate.of(2027, 1, 12), ended.p().days().endedOn());
        assertEquals(1, CourseGroupMessages.of(week3.c(), ended.c()).stream().filter(m -> m.text()
                .equals(CourseGroupMessages.SURVEY)).count(), "the survey goes to the group");
        assertThrows(Refused.class, () -> ended.tries(c -> AfterPlanSteps.answer(c, new Survey.Answer(5, 5, 5, 5, true,
                null, at("2027-01-12T12:00:00")), new Actor("other", "别人", Set.of(Role.CUSTOMER)))).orThrow());
        Both answered = ended.then(c -> AfterPlanSteps.answer(c, new Survey.Answer(5, 4, 4, 5, true, "很好",
                at("2027-01-12T12:00:00")), LIN), at("2027-01-12T12:00:00"));
        assertThrows(Refused.class, () -> answered.tries(c -> AfterPlanSteps.refuseSurvey(c, new Survey.Refusal("不填",
                CS, at("2027-01-12T13:00:00")))).orThrow(), "settled");
        Both photos = answered.then(c -> c.fire(TimerKind.POST_PLAN, 1, at("2027-01-15T10:00:00")),
                at("2027-01-15T10:00:00"));
        assertEquals(List.of(CourseGroupMessages.POST_PLAN_PHOTOS), CourseGroupMessages.of(answered.c(), photos.c())
                .stream().map(com.clinic.program.group.ProgramGroup.Message::text).toList());
        assertEquals(List.of(LIN.id(), "h1", "c1"), photos.told(),
                "the customer is asked for photos, the coaches owe the first evaluation");
        assertEquals(List.of("s1"), week3.then(c -> c.fire(TimerKind.PLAN_END, 1, at("2027-01-12T10:00:00")),
                at("2027-01-12T10:00:00")).told(), "day 50: customer service marks the end");
    }

    @Test
    void aStoppedPlanClosesItsDeadlinesAndWantsNoDayEvent() {
        Instant at = at("2026-11-23T10:00:00");
        Both booked = received(at).then(c -> c.book(1, at("2026-11-24T20:00:00"), "微信视频", HAN, at), at);
        Both cancelled = booked.then(c -> c.cancel(1, "出差", YANG, at), at);
        Both stopped = cancelled.then(c -> c.stop("客户申请终止", ADMIN, at.plusSeconds(60)), at.plusSeconds(60));
        assertEquals(Stage.STOPPED, stopped.p().stage());
        assertTrue(stopped.p().deadlines().stream().noneMatch(Deadline::open));
        assertThrows(Refused.class, () -> stopped.tries(c -> c.fire(TimerKind.WEEK_3_CALL, 1, at)).orThrow());
        assertThrows(Refused.class, () -> stopped.tries(c -> c.stop("again", ADMIN, at)).orThrow());
        Program early = ProgramCareTest.confirmedArchive(at);
        assertThrows(Refused.class, () -> Course.open(early, ADMIN, at).after().stop("太早", ADMIN, at).orThrow(),
                "before the goods are received there is no plan to stop");
        assertNull(stopped.c().start());
        assertFalse(stopped.c().stop().reason().isEmpty());
    }

    @Test
    void theCourseFollowsTheTeamAndTheProgramKnowsNothingNewFromANoteOrOneDevice() {
        Instant at = at("2026-11-24T12:00:00");
        Both b = received(at);
        assertThrows(Refused.class, () -> CourseFollows.team(b.c(), b.p().team(), ADMIN, at).orThrow(), "the same team");
        Course noted = b.c().book(1, at("2026-11-25T20:00:00"), "微信视频", HAN, at).orThrow().after();
        assertTrue(b.p().followCourse(noted.facts(), ADMIN, at, due(at)) instanceof Decision.Rejected,
                "a booking with no rebooking owed moves nothing of the program");
    }

    /** A program started on 2026-11-24 and ended on day 50 (2027-01-12). */
    static Both ended() {
        Instant at = at("2026-11-23T10:00:00");
        return called(received(at), at("2026-11-23T20:00:00")).then(c -> c.begin(LocalDate.of(2026, 11, 24), HAN,
                at("2026-11-24T08:00:00")), at("2026-11-24T08:00:00")).then(c -> c.end(CS, at("2027-01-12T09:00:00")),
                at("2027-01-12T09:00:00"));
    }

    static AfterPlan.Review review(Team.Seat seat, StaffRef by, Instant at) {
        return new AfterPlan.Review(seat, by, 8, "每日反馈及时，餐单解读细致", "第三周运动督促不够", "增加周末运动打卡提醒", at);
    }

    @Test
    void bothCoachesReviewTheServiceTheRemindersStopAndTheHeadCoachSummarizes() {
        Both ended = ended();
        Deadline owed = ended.p().deadlines().get(ended.p().deadlines().size() - 1);
        assertEquals(Step.REVIEW_SERVICE, owed.step());
        assertEquals(at("2027-01-13T18:00:00"), owed.dueAt(), "1 working day after the end");
        Instant at = at("2027-01-13T10:00:00");
        Both one = ended.then(c -> AfterPlanSteps.review(c, review(Team.Seat.HEAD_COACH, HAN, at)), at);
        assertEquals(List.of(Team.Seat.ASSISTANT_COACH), one.c().after().reviewsOwed());
        assertThrows(Refused.class, () -> one.tries(c -> AfterPlanSteps.review(c, review(Team.Seat.HEAD_COACH, HAN,
                at))).orThrow(), "once");
        assertThrows(Refused.class, () -> one.tries(c -> AfterPlanSteps.summarize(c, new AfterPlan.Summary(
                "团队执行良好，需加强周末督促", HAN, at, "job"))).orThrow(), "the summary waits for both reviews");
        Both reminded = one.then(c -> c.fire(TimerKind.EVALUATION_REMINDER, 1, at("2027-01-15T10:00:00")),
                at("2027-01-15T10:00:00"));
        assertEquals(List.of("c1"), reminded.told(), "only the coach whose review is owed");
        assertThrows(Refused.class, () -> reminded.tries(c -> c.fire(TimerKind.EVALUATION_REMINDER, 4,
                at("2027-01-24T10:00:00"))).orThrow(), "three reminders at most");
        Both both = reminded.then(c -> AfterPlanSteps.review(c, review(Team.Seat.ASSISTANT_COACH, YANG,
                at("2027-01-16T10:00:00"))), at("2027-01-16T10:00:00"));
        assertTrue(both.p().deadlines().stream().noneMatch(d -> d.open() && d.step() == Step.REVIEW_SERVICE),
                "the review deadline is done");
        assertThrows(Refused.class, () -> both.tries(c -> c.fire(TimerKind.EVALUATION_REMINDER, 2,
                at("2027-01-18T10:00:00"))).orThrow(), "no reminder once both are in");
        Both summarized = both.then(c -> AfterPlanSteps.summarize(c, new AfterPlan.Summary("团队执行良好，需加强周末督促",
                HAN, at, "job-1")), at);
        var results = new Results(List.of(new Results.Row(Readings.Metric.WEIGHT_KG, new java.math.BigDecimal("68.5"),
                new java.math.BigDecimal("64.3"), new java.math.BigDecimal("-4.2"), "开始前末次 / 结束前末次测量")));
        var doc = CourseReports.serviceSummary(summarized.c(), results);
        assertTrue(doc.paragraphs().stream().anyMatch(x -> x.contains("第三周运动督促不够")), doc.paragraphs().toString());
        assertEquals(List.of(List.of("体重", "68.5 kg", "64.3 kg", "体重下降 4.2kg")), doc.tables().get(0).rows(),
                "the results table (方案期成果对比表) is on the summary");
        assertFalse(doc.visibleTo(LIN), "the team's report, not the customer's");
    }

    @Test
    void theReportOnEndPlusTwentyNineSkipsTheReminderAndEvaluationsWaitForTheirDay() {
        Both ended = ended();
        Instant day29 = at("2027-02-10T09:00:00");
        Both filed = ended.then(c -> AfterPlanSteps.recheck(c, new AfterPlan.Recheck(List.of("programs/x/recheck/1.pdf"),
                day29), LIN.ref()), day29);
        assertThrows(Refused.class, () -> filed.tries(c -> c.fire(TimerKind.RECHECK_REMINDER, 1,
                at("2027-02-11T10:00:00"))).orThrow(), "end + 30 is skipped when the report came on end + 29");
        assertTrue(ended.tries(c -> c.fire(TimerKind.RECHECK_REMINDER, 1, at("2027-02-11T10:00:00"))) instanceof
                Accepted, "without the report she is reminded");
        AfterPlan.Evaluation first = new AfterPlan.Evaluation(1, "体重下降 4.2 公斤，达到目标", new Results(List.of()), false,
                HAN, day29);
        assertThrows(Refused.class, () -> filed.tries(c -> AfterPlanSteps.evaluate(c, first)).orThrow(),
                "evaluation 1 is due from end + 3");
        Both due = filed.then(c -> c.fire(TimerKind.POST_PLAN, 1, at("2027-01-15T10:00:00")),
                at("2027-01-15T10:00:00"));
        Both evaluated = due.then(c -> AfterPlanSteps.evaluate(c, first), day29);
        assertThrows(Refused.class, () -> evaluated.tries(c -> AfterPlanSteps.evaluate(c, first)).orThrow(), "once");
        assertThrows(Refused.class, () -> evaluated.tries(c -> AfterPlanSteps.evaluate(c, new AfterPlan.Evaluation(2,
                "复检指标正常，保持良好", new Results(List.of()), true, HAN, day29))).orThrow(),
                "evaluation 2 waits for end + 60");
        Both refused = ended.then(c -> AfterPlanSteps.postPlanPhotos(c, new AfterPlan.Photos(List.of(), "不方便拍照", CS,
                day29)), day29);
        assertThrows(Refused.class, () -> refused.tries(c -> AfterPlanSteps.postPlanPhotos(c, new AfterPlan.Photos(
                List.of("k"), null, LIN.ref(), day29))).orThrow(), "her refusal stands");
    }

    @Test
    void bothDevicesGuidedCloseTheDayDeadlineAndACustomerOfFiftyIsGuidedByPhoneWithAScreenshot() {
        Instant at = at("2026-11-24T12:00:00");
        Both b = received(at);
        String folder = "programs/" + b.c().id() + "/guidance/";
        var scale = new CourseForms.GuidanceForm("SCALE", "GROUP", "true", null, null).validate(folder, false);
        Both one = b.then(c -> c.guide(new Guidance(scale.device(), scale.method(), scale.bound(), null, List.of(),
                YANG, at)), at);
        assertTrue(one.p().deadlines().stream().anyMatch(d -> d.open() && d.step() == Step.GUIDE_DEVICES));
        Both both = one.then(c -> c.guide(new Guidance(Guidance.Device.WRISTBAND, Guidance.Method.GROUP, false,
                "蓝牙连接失败", List.of(), YANG, at)), at);
        assertTrue(both.p().deadlines().stream().noneMatch(d -> d.open() && d.step() == Step.GUIDE_DEVICES));
        assertTrue(both.told().contains("ADMIN"), "a failed binding reaches the admin");
        assertEquals(List.of("method"), assertThrows(InvalidInput.class,
                () -> new CourseForms.GuidanceForm("SCALE", "GROUP", "true", null, null).validate(folder, true))
                .errors().stream().map(f -> f.field()).toList(), "50 or over: by phone");
        assertEquals(List.of("screenshotKeys"), assertThrows(InvalidInput.class,
                () -> new CourseForms.GuidanceForm("SCALE", "PHONE", "true", null, List.of()).validate(folder, true))
                .errors().stream().map(f -> f.field()).toList());
        assertEquals(List.of("problem"), assertThrows(InvalidInput.class,
                () -> new CourseForms.GuidanceForm("WRISTBAND", "GROUP", "false", null, null).validate(folder, false))
                .errors().stream().map(f -> f.field()).toList(), "a failed binding says what failed");
    }

    @Test
    void aDeviceWhoseBindingFailedIsReplacedOnceAndTheAssistantCoachGuidesTheNewOne() {
        Instant at = at("2026-11-24T12:00:00");
        Both b = received(at);
        Replacement band = new Replacement(Guidance.Device.WRISTBAND, "已寄出新手环", ADMIN, at.plusSeconds(3600));
        assertThrows(Refused.class, () -> b.tries(c -> DeviceReplacements.replace(c, band)).orThrow(),
                "nothing failed yet");
        Both failed = b.then(c -> c.guide(new Guidance(Guidance.Device.WRISTBAND, Guidance.Method.GROUP, false,
                "蓝牙连接失败", List.of(), YANG, at)), at);
        Both replaced = failed.then(c -> DeviceReplacements.replace(c, band), at.plusSeconds(3600));
        assertEquals(List.of(band), replaced.c().replacements());
        assertEquals(List.of(LIN.id(), "c1"), replaced.told(), "the customer, and the assistant coach to guide again");
        assertThrows(Refused.class, () -> replaced.tries(c -> DeviceReplacements.replace(c, band)).orThrow(),
                "once per failed binding");
        assertThrows(Refused.class, () -> failed.tries(c -> DeviceReplacements.replace(c, new Replacement(
                Guidance.Device.SCALE, null, ADMIN, at))).orThrow(), "the scale did not fail");
    }
}
