package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.program.Team;
import com.clinic.program.course.CourseEvent.CallOpened;
import com.clinic.program.course.CourseEvent.TeamFollowed;
import java.time.Instant;
import java.util.List;

/** What the course follows of the office's program, in the program's transaction: its team and the receipt. */
public final class CourseFollows {
    private CourseFollows() {
    }

    /** The office changed the program's team: the course's copy follows (nothing when it is the same). */
    public static Decision<Course, CourseEvent> team(Course c, Team now, StaffRef by, Instant at) {
        if (now.equals(c.team())) {
            return Decision.refuse("the course has this team already");
        }
        return Course.next(c.withTeam(now), new TeamFollowed(c.id(), by, at, now));
    }

    /** The customer confirmed receipt: call 1 is due and the coaches are told. */
    public static Decision<Course, CourseEvent> receipt(Course c, StaffRef by, Instant at) {
        if (c.call(1).isPresent()) {
            return Decision.refuse("call 1 is open already");
        }
        return Course.next(c.withCalls(List.of(Call.opened(1, at))), new CallOpened(c.id(), by, at, 1));
    }
}
