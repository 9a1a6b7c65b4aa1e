package com.clinic.aftersales.functions.followups;

import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.aftersales.records.VideoPlaybacks.Played;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PlaybackView;
import com.clinic.platform.views.UploadView;
import io.micronaut.context.ApplicationContext;
import java.time.YearMonth;

/**
 * C-30 通话录音 播放: a short-lived link to a call's recording, issued only together with its stored playback record
 * (listed in C-29 播放记录); a retry with the same Idempotency-Key is the same playback with a fresh link.
 */
@Serves({"C-30"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class PlayCallRecordingFunction extends ApiFunction {
    private final FollowUpDesk desk = bean(FollowUpDesk.class);

    public PlayCallRecordingFunction() {
    }

    public PlayCallRecordingFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        Played played = desk.playRecording(r.actor(), r.path("id"), r.path("callId"), r.idempotencyKey());
        return ApiResponse.created(new PlayedRecordingView(PlaybackView.of(played.playback()),
                UploadView.Link.of(played.link())), "/after-sales/video-playbacks?month="
                + YearMonth.from(ShanghaiTime.dateOf(played.playback().at())));
    }
}
