package com.clinic.program.course;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import com.clinic.program.ProgramKind;
import java.util.List;

/**
 * The course's rules for the command path: the same need to know as its program's (the office roles, the members
 * of its team, its customer; anyone else is answered as for no program), filed in the customer's timeline, its
 * status as its state, and {@link CourseWording}'s notices.
 */
public final class CourseKind implements RecordKind<Course, CourseEvent> {
    public static final CourseKind COURSE = new CourseKind();

    private CourseKind() {
    }

    @Override
    public String name() {
        return "course";
    }

    @Override
    public boolean canSee(Actor actor, Course c) {
        return actor.roles().stream().anyMatch(ProgramKind.OFFICE_ROLES::contains)
                || actor.hasAny(Role.CUSTOMER_SERVICE, Role.HEAD_COACH, Role.ASSISTANT_COACH)
                && c.team().involves(actor.id())
                || actor.hasAny(Role.CUSTOMER) && actor.id().equals(c.customer().id());
    }

    @Override
    public String concerns(Course c) {
        return c.customer().phone();
    }

    @Override
    public String state(Course c) {
        return c.status().name();
    }

    @Override
    public List<Notification> notifications(CourseEvent event, Course after) {
        return CourseWording.notices(event, after);
    }
}
