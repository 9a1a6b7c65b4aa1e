package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.course.CourseDesk;
import com.clinic.program.course.CourseForms;
import com.clinic.program.functions.CourseView;
import io.micronaut.context.ApplicationContext;

/**
 * H-13 / H-17 / H-20 副教练记录: the program's assistant coach records the customer's questions and needs on video
 * call n (a later record replaces it). If-Match: the course's version.
 */
@Serves({"H-13", "H-17", "H-20"})
@AllowedRoles(Role.ASSISTANT_COACH)
public class RecordCallNotesFunction extends ApiFunction {
    private final CourseDesk course = bean(CourseDesk.class);

    public RecordCallNotesFunction() {
    }

    public RecordCallNotesFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var done = course.noteCall(r.actor(), r.path("id"), PathNumbers.call(r.path("n")), r.ifMatch(),
                r.body(CourseForms.NotesForm.class), r.idempotencyKey());
        return ApiResponse.ok(CourseView.of(done.value(), course.now())).taggedWith(done);
    }
}
