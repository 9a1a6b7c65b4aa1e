package com.clinic.program.course;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.program.course.CourseEvent.PlanDayPaused;
import com.clinic.program.course.CourseEvent.PlanDayResumed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** H-16 a day's plan paused by the head coach on the customer's symptoms, and resumed; the plan's dates stay. */
public final class DayPauses {
    private DayPauses() {
    }

    /** The head coach pauses today's plan, once a day. */
    public static Decision<Course, CourseEvent> pause(Course c, String symptoms, String reason, StaffRef by,
                                                      Instant now) {
        LocalDate today = ShanghaiTime.dateOf(now);
        String refused = CoursePolicies.notRunning(c, today);
        if (refused != null) {
            return Decision.refuse(refused);
        }
        if (c.pauses().stream().anyMatch(p -> p.date().equals(today))) {
            return Decision.refuse("today's plan was paused already (resume it, or pause again tomorrow)");
        }
        int day = c.days().orElseThrow().dayOf(today);
        return Course.next(c.withPauses(Course.plus(c.pauses(), new Pause(today, day, symptoms, reason, by, now,
                null, null))), new PlanDayPaused(c.id(), by, now, day, symptoms));
    }

    /** Today's paused plan goes on. */
    public static Decision<Course, CourseEvent> resume(Course c, StaffRef by, Instant now) {
        LocalDate today = ShanghaiTime.dateOf(now);
        Optional<Pause> open = c.pauses().stream().filter(p -> p.open(today)).findFirst();
        if (open.isEmpty()) {
            return Decision.refuse("today's plan is not paused");
        }
        Pause p = open.get();
        return Course.next(c.withPauses(c.pauses().stream().map(x -> x == p ? p.resumed(by, now) : x).toList()),
                new PlanDayResumed(c.id(), by, now, p.day()));
    }
}
