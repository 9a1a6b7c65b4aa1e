package com.clinic.program.course;

import com.clinic.platform.command.Decision;
import com.clinic.program.course.Course.Status;
import com.clinic.program.course.CourseEvent.DeviceReplaced;
import java.util.Optional;

/**
 * H-15 异常处理: a device that still fails after the guidance (its problem recorded) is replaced through the admin,
 * once per failed binding; the assistant coach then guides the new one.
 */
public final class DeviceReplacements {
    private DeviceReplacements() {
    }

    /** The admin records the replacement of a device whose latest guidance failed. */
    public static Decision<Course, CourseEvent> replace(Course c, Replacement r) {
        if (c.status() == Status.ENDED || c.status() == Status.STOPPED) {
            return Decision.refuse("devices are replaced before and during the plan (it is " + c.status() + ")");
        }
        Optional<Guidance> last = c.guidance().stream().filter(g -> g.device() == r.device())
                .reduce((a, b) -> b);
        boolean replacedSince = last.isPresent() && c.replacements().stream()
                .anyMatch(x -> x.device() == r.device() && !x.at().isBefore(last.get().at()));
        if (last.isEmpty() || last.get().bound() || replacedSince) {
            return Decision.refuse("the " + r.device().label() + " has no failed binding to replace"
                    + (replacedSince ? " (it was replaced already)" : ""));
        }
        return Course.next(c.withReplacements(Course.plus(c.replacements(), r)),
                new DeviceReplaced(c.id(), r.by(), r.at(), r.device(), r.note()));
    }
}
