package com.clinic.aftersales.functions.followups;

import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.UploadView;
import io.micronaut.context.ApplicationContext;

/**
 * C-22 / C-30: the presigned upload of a call's recording (MP3, M4A or WAV), for the recording system; nothing is
 * written until the recording is linked.
 */
@Serves({"C-22", "C-30"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class RequestCallRecordingUploadFunction extends ApiFunction {
    private final FollowUpDesk desk = bean(FollowUpDesk.class);

    public RequestCallRecordingUploadFunction() {
    }

    public RequestCallRecordingUploadFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(UploadView.of(desk.recordingUpload(r.actor(), r.path("id"), r.path("callId"),
                r.body(UploadForm.class))));
    }
}
