package com.clinic.aftersales.functions.followups;

import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.aftersales.followup.FollowUpForms.CareNoteForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.FollowUpView;
import io.micronaut.context.ApplicationContext;

/**
 * C-22 关怀说明: the day's care note, written after the call; it completes the follow-up (If-Match: the
 * follow-up's version).
 */
@Serves({"C-22"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class WriteCareNoteFunction extends ApiFunction {
    private final FollowUpDesk desk = bean(FollowUpDesk.class);

    public WriteCareNoteFunction() {
    }

    public WriteCareNoteFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        var noted = desk.writeCareNote(r.actor(), r.path("id"), r.ifMatch(), r.body(CareNoteForm.class),
                r.idempotencyKey());
        return ApiResponse.ok(FollowUpView.of(noted.value(), desk.now())).taggedWith(noted);
    }
}
