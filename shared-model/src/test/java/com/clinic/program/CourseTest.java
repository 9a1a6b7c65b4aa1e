package com.clinic.program;

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
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.Program.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 49 days and after: the calls and their reschedule rule, day 1, a day's pause, the end, the day events, a stop. */
class CourseTest {
    static final StaffRef HAN = ProgramTest.HAN.ref();
    static final StaffRef YANG = ProgramTest.YANG.ref();

    /** A program whose customer confirmed receipt on {@code at}. */
    static Program received(Instant at) {
        Program p = ProgramCareTest.confirmedArchive(at).submitPlan(CONTENT, null, HM, at, due(at)).orThrow().after()
                .chooseDelivery(Delivery.chosen(Delivery.Method.MAIL, null, null, "上海市徐汇区漕溪北路 1 号", "林晓",
                        "13800001111", CS, at), at, due(at)).orThrow().after()
                .pack(CONTENT.goods(), new Delivery.Packing(0, "SF", "顺丰速运", "SF1234567890", null, null, ADMIN, at),
                        at, due(at)).orThrow().after()
                .confirmShipment(List.of("programs/x/shipment/1.jpg"), ADMIN, at, due(at)).orThrow().after();
        for (var seat : List.of(Map.entry(Team.Seat.HEAD_COACH, HAN), Map.entry(Team.Seat.ASSISTANT_COACH, YANG),
                Map.entry(Team.Seat.CUSTOMER_SERVICE, CS))) {
            p = p.answerInvitation(seat.getKey(), seat.getValue(), true, at).orThrow().after();
        }
        return p.confirmReceipt(LIN, at, due(at)).orThrow().after();
    }

    static List<String> told(Program p, String eventType) {
        return ProgramKind.PROGRAM.notifications(new ProgramEvent(eventType, p.id(), null, null, ""), p).stream()
                .map(n -> n.recipientId() != null ? n.recipientId() : n.recipientRole().name()).toList();
    }

    /** Call 1 booked at {@code call} and held an hour later. */
    static Program called(Program p, Instant call) {
        Program booked = p.bookCall(1, call, "微信视频", HAN, call.minusSeconds(3600)).orThrow().after();
        return booked.holdCall(1, new Course.Held(List.of("饮食"), "已沟通", HAN, call.plusSeconds(3600))).orThrow()
                .after();
    }

    @Test
    void receiptOpensCallOneAndTheCoachesAreTold() {
        Instant at = at("2026-11-23T10:00:00");
        Program p = received(at);
        assertEquals(Course.Status.PREPARING, p.course().status());
        assertEquals(List.of(1), p.course().calls().stream().map(Course.Call::n).toList());
        assertEquals(List.of("CUSTOMER_SERVICE", "h1", "c1"), told(p, ProgramEvent.RECEIVED),
                "customer service hears of the receipt, both coaches that call 1 is due");
        assertThrows(Refused.class, () -> p.bookCall(2, at.plusSeconds(3600), "微信视频", HAN, at).orThrow(),
                "call 2 opens on day 21");
        InvalidInput past = assertThrows(InvalidInput.class, () -> p.bookCall(1, at.minusSeconds(60), "微信视频", HAN, at)
                .orThrow());
        assertEquals("at", past.errors().get(0).field());
        assertThrows(Refused.class, () -> p.begin(LocalDate.of(2026, 11, 24), HAN, at).orThrow(),
                "day 1 is set once call 1 is held");
    }

    @Test
    void aCancelledCallIsBookedAgainWithinTwentyFourHoursAndTheTwoHourDeadlineCloses() {
        Instant at = at("2026-11-23T10:00:00");
        Program booked = received(at).bookCall(1, at("2026-11-24T20:00:00"), "腾讯会议", HAN, at).orThrow().after();
        assertEquals(1, ProgramGroup.broughtBy(received(at), booked).stream()
                .filter(m -> m.text().contains("2026-11-24T20:00")).count(), "the customer's notice in the group");
        Instant cancelledAt = at("2026-11-24T12:00:00");
        Program cancelled = booked.cancelCall(1, "临时加班", new StaffRef(LIN.id(), LIN.name()), cancelledAt,
                due(cancelledAt)).orThrow().after();
        Deadline rebook = cancelled.deadlines().get(cancelled.deadlines().size() - 1);
        assertEquals(Step.REBOOK_CALL, rebook.step());
        assertEquals(cancelledAt.plusSeconds(2 * 3600), rebook.dueAt(), "2 h on the clock");
        assertTrue(cancelled.course().call(1).orElseThrow().awaitingNewTime().isPresent());
        InvalidInput late = assertThrows(InvalidInput.class, () -> cancelled.bookCall(1, at("2026-11-25T12:30:00"),
                "腾讯会议", HAN, cancelledAt.plusSeconds(600)).orThrow());
        assertEquals("at", late.errors().get(0).field(), "held within 24 h of the cancellation");
        Program again = cancelled.bookCall(1, at("2026-11-25T09:00:00"), "腾讯会议", HAN, cancelledAt.plusSeconds(600))
                .orThrow().after();
        assertTrue(again.deadlines().stream().noneMatch(d -> d.open() && d.step() == Step.REBOOK_CALL),
                "the new time closes the 2 h deadline");
        assertEquals(2, again.course().call(1).orElseThrow().bookings().size(), "the cancelled one stays on record");
        assertEquals(List.of("h1"), told(cancelled, ProgramEvent.CALL_CANCELLED), "the head coach finds a new time");
        assertThrows(Refused.class, () -> again.holdCall(1, new Course.Held(List.of(), "早了", HAN,
                at("2026-11-25T08:00:00"))).orThrow(), "not before its time");
    }

    @Test
    void dayOneIsSetAfterCallOneAndADaysPlanIsPausedAndResumedWithItsDatesKept() {
        Instant at = at("2026-11-23T10:00:00");
        Program held = called(received(at), at("2026-11-23T20:00:00"));
        Instant now = at("2026-11-24T09:00:00");
        InvalidInput far = assertThrows(InvalidInput.class, () -> held.begin(LocalDate.of(2026, 12, 9), HAN, now)
                .orThrow());
        assertEquals("startDate", far.errors().get(0).field());
        assertThrows(InvalidInput.class, () -> held.begin(LocalDate.of(2026, 11, 23), HAN, now).orThrow(), "not past");
        Program started = held.begin(LocalDate.of(2026, 11, 25), HAN, now).orThrow().after();
        assertEquals(Stage.STARTED, started.stage());
        assertThrows(Refused.class, () -> started.begin(LocalDate.of(2026, 11, 26), HAN, now).orThrow(), "once");
        assertThrows(Refused.class, () -> started.pauseDay("头晕", null, HAN, now).orThrow(), "day 0 is no plan day");
        Instant day3 = at("2026-11-27T15:00:00");
        Program paused = started.pauseDay("头晕、乏力", "暂停运动", HAN, day3).orThrow().after();
        assertEquals(3, paused.course().pauses().get(0).day());
        assertThrows(Refused.class, () -> paused.pauseDay("头晕", null, HAN, day3).orThrow(), "once a day");
        assertThrows(Refused.class, () -> held.reportSymptoms(new Course.SymptomReport("头晕", null, LIN.ref(), now))
                .orThrow(), "reported while the plan runs");
        Program reported = started.reportSymptoms(new Course.SymptomReport("头晕、乏力", "约 2 小时", LIN.ref(), day3))
                .orThrow().after();
        assertEquals(List.of("h1"), told(reported, ProgramEvent.SYMPTOMS_REPORTED), "the head coach decides");
        Program resumed = paused.resumeDay(HAN, day3.plusSeconds(3600)).orThrow().after();
        assertEquals(started.course().days(), resumed.course().days(), "a pause keeps the plan's dates");
        assertThrows(Refused.class, () -> resumed.resumeDay(HAN, day3.plusSeconds(7200)).orThrow());
    }

    @Test
    void theEndComesOnDayFiftyWithTheSurveyAndTheDayEventsActOnceOnThePlanAsItIs() {
        Instant at = at("2026-11-23T10:00:00");
        Program started = called(received(at), at("2026-11-23T20:00:00")).begin(LocalDate.of(2026, 11, 24), HAN,
                at("2026-11-24T08:00:00")).orThrow().after();
        Instant day21 = at("2026-12-14T10:00:00");
        Program week3 = started.dayEvent(TimerKind.WEEK_3_CALL, 1, day21).orThrow().after();
        assertEquals(List.of(1, 2), week3.course().calls().stream().map(Course.Call::n).toList(), "call 2 opens");
        assertThrows(Refused.class, () -> week3.dayEvent(TimerKind.WEEK_3_CALL, 1, day21).orThrow(),
                "delivered twice, acted on once");
        assertThrows(Refused.class, () -> week3.dayEvent(TimerKind.FINAL_CALL, 1, day21).orThrow(),
                "the after-plan events wait for the end");
        Refused early = assertThrows(Refused.class, () -> week3.endPlan(CS, at("2027-01-11T10:00:00"),
                due(at)).orThrow());
        assertTrue(early.getMessage().contains("2027-01-12"), early.getMessage());
        Program ended = week3.endPlan(CS, at("2027-01-12T09:00:00"), due(at("2027-01-12T09:00:00"))).orThrow()
                .after();
        assertEquals(Stage.ENDED, ended.stage());
        assertEquals(LocalDate.of(2027, 1, 12), ended.course().endedOn());
        assertEquals(1, ProgramGroup.broughtBy(week3, ended).stream().filter(m -> m.text()
                .equals(ProgramGroup.SURVEY)).count(), "the survey goes to the group");
        assertThrows(Refused.class, () -> ended.answerSurvey(new Course.Answer(5, 5, 5, 5, true, null,
                at("2027-01-12T12:00:00")), new Actor("other", "别人", Set.of(Role.CUSTOMER))).orThrow());
        Program answered = ended.answerSurvey(new Course.Answer(5, 4, 4, 5, true, "很好", at("2027-01-12T12:00:00")),
                LIN).orThrow().after();
        assertThrows(Refused.class, () -> answered.surveyRefused(new Course.Refusal("不填", CS,
                at("2027-01-12T13:00:00"))).orThrow(), "settled");
        Program photos = answered.dayEvent(TimerKind.POST_PLAN, 1, at("2027-01-15T10:00:00")).orThrow().after();
        assertEquals(List.of(ProgramGroup.POST_PLAN_PHOTOS), ProgramGroup.broughtBy(answered, photos).stream()
                .map(ProgramGroup.Message::text).toList());
        assertEquals(List.of(LIN.id(), "h1", "c1"), told(photos, ProgramEvent.DAY_EVENT),
                "the customer is asked for photos, the coaches owe the first evaluation");
        assertEquals(List.of("s1"), told(week3.dayEvent(TimerKind.PLAN_END, 1, at("2027-01-12T10:00:00")).orThrow()
                .after(), ProgramEvent.DAY_EVENT), "day 50: customer service marks the end");
    }

    @Test
    void aStoppedPlanClosesItsDeadlinesAndWantsNoDayEvent() {
        Instant at = at("2026-11-23T10:00:00");
        Program booked = received(at).bookCall(1, at("2026-11-24T20:00:00"), "微信视频", HAN, at).orThrow().after();
        Program cancelled = booked.cancelCall(1, "出差", YANG, at, due(at)).orThrow().after();
        Program stopped = cancelled.stopPlan("客户申请终止", ADMIN, at.plusSeconds(60)).orThrow().after();
        assertEquals(Stage.STOPPED, stopped.stage());
        assertTrue(stopped.deadlines().stream().noneMatch(Deadline::open));
        assertThrows(Refused.class, () -> stopped.dayEvent(TimerKind.WEEK_3_CALL, 1, at).orThrow());
        assertThrows(Refused.class, () -> stopped.stopPlan("again", ADMIN, at).orThrow());
        assertThrows(Refused.class, () -> ProgramCareTest.confirmedArchive(at).stopPlan("太早", ADMIN, at).orThrow(),
                "before the goods are received there is no plan to stop");
        assertNull(stopped.course().start());
        assertFalse(stopped.course().stop().reason().isEmpty());
    }

    /** A program started on 2026-11-24 and ended on day 50 (2027-01-12). */
    static Program ended() {
        Instant at = at("2026-11-23T10:00:00");
        Program started = called(received(at), at("2026-11-23T20:00:00")).begin(LocalDate.of(2026, 11, 24), HAN,
                at("2026-11-24T08:00:00")).orThrow().after();
        return started.endPlan(CS, at("2027-01-12T09:00:00"), due(at("2027-01-12T09:00:00"))).orThrow().after();
    }

    static AfterPlan.Review review(Team.Seat seat, StaffRef by, Instant at) {
        return new AfterPlan.Review(seat, by, 8, "每日反馈及时，餐单解读细致", "第三周运动督促不够", "增加周末运动打卡提醒", at);
    }

    @Test
    void bothCoachesReviewTheServiceTheRemindersStopAndTheHeadCoachSummarizes() {
        Program ended = ended();
        Deadline owed = ended.deadlines().get(ended.deadlines().size() - 1);
        assertEquals(Step.REVIEW_SERVICE, owed.step());
        assertEquals(at("2027-01-13T18:00:00"), owed.dueAt(), "1 working day after the end");
        Instant at = at("2027-01-13T10:00:00");
        Program one = ended.reviewService(review(Team.Seat.HEAD_COACH, HAN, at)).orThrow().after();
        assertEquals(List.of(Team.Seat.ASSISTANT_COACH), one.course().after().reviewsOwed());
        assertThrows(Refused.class, () -> one.reviewService(review(Team.Seat.HEAD_COACH, HAN, at)).orThrow(), "once");
        assertThrows(Refused.class, () -> one.summarizeService(new AfterPlan.Summary("团队执行良好，需加强周末督促", HAN, at,
                "job")).orThrow(), "the summary waits for both reviews");
        Program reminded = one.dayEvent(TimerKind.EVALUATION_REMINDER, 1, at("2027-01-15T10:00:00")).orThrow().after();
        assertEquals(List.of("c1"), told(reminded, ProgramEvent.DAY_EVENT), "only the coach whose review is owed");
        assertThrows(Refused.class, () -> reminded.dayEvent(TimerKind.EVALUATION_REMINDER, 4,
                at("2027-01-24T10:00:00")).orThrow(), "three reminders at most");
        Program both = reminded.reviewService(review(Team.Seat.ASSISTANT_COACH, YANG, at("2027-01-16T10:00:00")))
                .orThrow().after();
        assertTrue(both.deadlines().stream().noneMatch(d -> d.open() && d.step() == Step.REVIEW_SERVICE),
                "the review deadline is done");
        assertThrows(Refused.class, () -> both.dayEvent(TimerKind.EVALUATION_REMINDER, 2, at("2027-01-18T10:00:00"))
                .orThrow(), "no reminder once both are in");
        Program summarized = both.summarizeService(new AfterPlan.Summary("团队执行良好，需加强周末督促", HAN, at,
                "job-1")).orThrow().after();
        var results = new Results(List.of(new Results.Row(Readings.Metric.WEIGHT_KG, new java.math.BigDecimal("68.5"),
                new java.math.BigDecimal("64.3"), new java.math.BigDecimal("-4.2"), "开始前末次 / 结束前末次测量")));
        var doc = CourseReports.serviceSummary(summarized, results);
        assertTrue(doc.paragraphs().stream().anyMatch(x -> x.contains("第三周运动督促不够")), doc.paragraphs().toString());
        assertEquals(List.of(List.of("体重", "68.5 kg", "64.3 kg", "体重下降 4.2kg")), doc.tables().get(0).rows(),
                "the results table (方案期成果对比表) is on the summary");
        assertFalse(doc.visibleTo(LIN), "the team's report, not the customer's");
    }

    @Test
    void theReportOnEndPlusTwentyNineSkipsTheReminderAndEvaluationsWaitForTheirDay() {
        Program ended = ended();
        Instant day29 = at("2027-02-10T09:00:00");
        Program filed = ended.recheckReport(new AfterPlan.Recheck(List.of("programs/x/recheck/1.pdf"), day29),
                LIN.ref()).orThrow().after();
        assertThrows(Refused.class, () -> filed.dayEvent(TimerKind.RECHECK_REMINDER, 1, at("2027-02-11T10:00:00"))
                .orThrow(), "end + 30 is skipped when the report came on end + 29");
        assertTrue(ended.dayEvent(TimerKind.RECHECK_REMINDER, 1, at("2027-02-11T10:00:00")) instanceof
                com.clinic.platform.command.Decision.Accepted, "without the report she is reminded");
        AfterPlan.Evaluation first = new AfterPlan.Evaluation(1, "体重下降 4.2 公斤，达到目标", new Results(List.of()), false,
                HAN, day29);
        assertThrows(Refused.class, () -> filed.evaluate(first).orThrow(), "evaluation 1 is due from end + 3");
        Program due = filed.dayEvent(TimerKind.POST_PLAN, 1, at("2027-01-15T10:00:00")).orThrow().after();
        Program evaluated = due.evaluate(first).orThrow().after();
        assertThrows(Refused.class, () -> evaluated.evaluate(first).orThrow(), "once");
        assertThrows(Refused.class, () -> evaluated.evaluate(new AfterPlan.Evaluation(2, "复检指标正常，保持良好", new Results(
                List.of()), true, HAN, day29)).orThrow(), "evaluation 2 waits for end + 60");
        Program refused = ended.postPlanPhotos(new AfterPlan.Photos(List.of(), "不方便拍照", CS, day29)).orThrow().after();
        assertThrows(Refused.class, () -> refused.postPlanPhotos(new AfterPlan.Photos(List.of("k"), null, LIN.ref(),
                day29)).orThrow(), "her refusal stands");
    }

    @Test
    void bothDevicesGuidedCloseTheDayDeadlineAndACustomerOfFiftyIsGuidedByPhoneWithAScreenshot() {
        Instant at = at("2026-11-24T12:00:00");
        Program p = received(at);
        String folder = "programs/" + p.id() + "/guidance/";
        var scale = new CourseForms.GuidanceForm("SCALE", "GROUP", "true", null, null).validate(folder, false);
        Program one = p.guideDevice(new Course.Guidance(scale.device(), scale.method(), scale.bound(), null,
                List.of(), YANG, at)).orThrow().after();
        assertTrue(one.deadlines().stream().anyMatch(d -> d.open() && d.step() == Step.GUIDE_DEVICES));
        Program both = one.guideDevice(new Course.Guidance(Course.Device.WRISTBAND, Course.GuidanceMethod.GROUP,
                false, "蓝牙连接失败", List.of(), YANG, at)).orThrow().after();
        assertTrue(both.deadlines().stream().noneMatch(d -> d.open() && d.step() == Step.GUIDE_DEVICES));
        assertTrue(told(both, ProgramEvent.DEVICE_GUIDED).contains("ADMIN"), "a failed binding reaches the admin");
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
}
