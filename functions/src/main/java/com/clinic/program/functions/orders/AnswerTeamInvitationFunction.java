package com.clinic.program.functions.orders;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.program.order.ProgramForms.AnswerForm;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.ProgramView;
import io.micronaut.context.ApplicationContext;

/**
 * H-02: the invited member joins the group ({"accept": true}) or declines (the admin is told to invite again);
 * If-Match: the program's version.
 */
@Serves({"H-02"})
@AllowedRoles({Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE})
public class AnswerTeamInvitationFunction extends ApiFunction {
    private final Programs programs = bean(Programs.class);

    public AnswerTeamInvitationFunction() {
    }

    public AnswerTeamInvitationFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var answered = programs.answerInvitation(r.actor(), r.path("id"), Seats.of(r.path("seat")), r.ifMatch(),
                r.body(AnswerForm.class), r.idempotencyKey());
        return ApiResponse.ok(ProgramView.of(answered.value(), programs.now())).taggedWith(answered);
    }
}
