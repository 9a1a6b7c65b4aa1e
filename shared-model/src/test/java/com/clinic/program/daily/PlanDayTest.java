package com.clinic.program.daily;

import com.clinic.program.group.ProgramGroup;
import com.clinic.program.daily.PlanDay;
import com.clinic.program.daily.PlanDayKind;
import static com.clinic.program.ProgramTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.StaffRef;
import com.clinic.program.ProgramCareTest;
import com.clinic.program.ProgramTest;
import com.clinic.program.daily.DailyForms.MealForm;
import com.clinic.program.daily.DailyForms.MealPlanForm;
import com.clinic.program.daily.DailyForms.PostForm;
import com.clinic.program.daily.PlanDay.PostKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDayTest {
    static final StaffRef CS = ProgramCareTest.CS;
    static final StaffRef YANG = ProgramTest.YANG.ref();
    static final LocalDate DAY = LocalDate.parse("2026-12-10");
    static final List<PlanDay.MealItem> MEALS = new MealPlanForm(List.of(
            new MealForm("breakfast", List.of("燕麦粥", "水煮蛋"), null),
            new MealForm("DINNER", List.of("清蒸鱼", "西兰花"), "七分饱")), null).validate().meals();

    static PlanDay day() {
        return PlanDay.empty("P-1", DAY, "app-1", "yang");
    }

    @Test
    void theDayIsAddressedByDateAndProgramAndItsPostsAreDueInShanghai() {
        assertEquals("2026-12-10-P-1", day().id());
        assertEquals(at("2026-12-09T18:00:00"), PostKind.MEAL_PLAN.dueFor(DAY), "18:00 the evening before");
        assertEquals(at("2026-12-10T09:00:00"), PostKind.GREETING.dueFor(DAY), "before 09:00 on the day");
        assertEquals(at("2026-12-10T00:00:00"), PostKind.HOLIDAY_GREETING.dueFor(DAY), "a day ahead");
        assertEquals(at("2026-12-09T16:00:00"), PlanDay.mealPlanDueFor(DAY), "set before the coach's window opens");
    }

    @Test
    void theMealPlanIsPostedWithItsReadingAndAnAdjustmentNeedsTheCustomersObjection() {
        PlanDay set = day().setMealPlan(MEALS, null, "yang", CS, at("2026-12-09T10:00:00")).orThrow().after();
        assertEquals(1, set.version());
        PlanDay posted = set.post(PostKind.MEAL_PLAN, "晚餐吃到七分饱就好", false, "yang", YANG,
                at("2026-12-09T16:30:00")).orThrow().after();
        assertTrue(posted.mealPlanPosted());
        assertEquals("【2026-12-10 餐单】\n早餐：燕麦粥、水煮蛋\n晚餐：清蒸鱼、西兰花（七分饱）\n\n晚餐吃到七分饱就好",
                posted.posts().get(0).text());
        assertEquals(1, ProgramGroup.postedBy(set, posted).size(), "the post is the group's message, once");
        assertThrows(Refused.class, () -> posted.post(PostKind.MEAL_PLAN, null, false, "yang", YANG,
                at("2026-12-09T17:00:00")).orThrow(), "the same revision once");
        assertThrows(Refused.class, () -> posted.setMealPlan(MEALS, null, "yang", CS, at("2026-12-09T19:00:00"))
                .orThrow(), "a posted plan changes on her objection only");
        var adjusted = posted.setMealPlan(MEALS, "客户不吃鱼", "yang", CS, at("2026-12-09T19:00:00")).orThrow();
        assertEquals("MealPlanAdjusted", adjusted.event().type(), "the audit trail's type name");
        assertEquals(List.of("yang"), PlanDayKind.PLAN_DAY.notifications(adjusted.event(), adjusted.after()).stream()
                .map(n -> n.recipientId()).toList(), "the coach posts it again");
        assertFalse(adjusted.after().mealPlanPosted());
        assertThrows(Refused.class, () -> adjusted.after().setMealPlan(MEALS, "again", "yang", CS,
                at("2026-12-11T08:00:00")).orThrow(), "a past day stays");
    }

    @Test
    void greetingsAreOnTheirDayOnceAndAHolidayGreetingOnlyBeforeAHoliday() {
        assertThrows(Refused.class, () -> day().post(PostKind.GREETING, "早上好", false, "yang", YANG,
                at("2026-12-09T20:00:00")).orThrow(), "today's greeting is posted today");
        PlanDay greeted = day().post(PostKind.GREETING, "今日降温，晨练加件外套", false, "yang", YANG,
                at("2026-12-10T08:10:00")).orThrow().after();
        assertThrows(Refused.class, () -> greeted.post(PostKind.GREETING, "again", false, "yang", YANG,
                at("2026-12-10T08:20:00")).orThrow());
        assertThrows(Refused.class, () -> day().post(PostKind.MEAL_PLAN, null, false, "yang", YANG,
                at("2026-12-09T16:30:00")).orThrow(), "no meal plan set");
        assertThrows(Refused.class, () -> day().post(PostKind.HOLIDAY_GREETING, "节日快乐", false, "yang", YANG,
                at("2026-12-09T16:30:00")).orThrow(), "no holiday begins");
        assertTrue(day().post(PostKind.HOLIDAY_GREETING, "节日快乐", true, "yang", YANG, at("2026-12-09T16:30:00"))
                .orThrow().after().first(PostKind.HOLIDAY_GREETING).isPresent());
    }

    @Test
    void formsNameTheirFieldsAndKeepJargonOutOfTheReading() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new MealPlanForm(List.of(
                new MealForm("BRUNCH", List.of(), null), new MealForm("LUNCH", List.of("x".repeat(101)), null)),
                null).validate());
        assertEquals(List.of("meals[0].meal", "meals[0].dishes", "meals[1].dishes[0]"),
                e.errors().stream().map(f -> f.field()).toList());
        assertEquals(List.of("meals"), assertThrows(InvalidInput.class, () -> new MealPlanForm(List.of(), null)
                .validate()).errors().stream().map(f -> f.field()).toList());
        assertEquals(List.of("text"), assertThrows(InvalidInput.class, () -> new PostForm("MEAL_PLAN",
                "这份餐单 GI 值很低").validate()).errors().stream().map(f -> f.field()).toList());
        assertEquals(List.of("text"), assertThrows(InvalidInput.class, () -> new PostForm("GREETING", " ")
                .validate()).errors().stream().map(f -> f.field()).toList());
        assertEquals(List.of("kind"), assertThrows(InvalidInput.class, () -> new PostForm(null, "hi")
                .validate()).errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void aHolidayBeginsOnTheFirstDayOffOfTheNotice() {
        var cal = ProgramTest.CAL;
        assertTrue(cal.holidayBegins(LocalDate.parse("2026-10-01")), "国庆");
        assertFalse(cal.holidayBegins(LocalDate.parse("2026-10-02")), "the same holiday goes on");
        assertTrue(cal.holidayBegins(LocalDate.parse("2026-09-25")), "中秋");
        assertFalse(cal.holidayBegins(LocalDate.parse("2026-12-12")), "a plain weekend");
    }
}
