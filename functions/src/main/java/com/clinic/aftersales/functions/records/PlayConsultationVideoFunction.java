package com.clinic.aftersales.functions.records;

import com.clinic.aftersales.records.VideoPlaybacks;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;
import java.time.YearMonth;

/**
 * C-29 播放: a short-lived link to the visit's consultation video, issued only together with its stored playback
 * record (who, when); a retry with the same Idempotency-Key is the same playback with a fresh link.
 */
@Serves({"C-29"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class PlayConsultationVideoFunction extends ApiFunction {
    private final VideoPlaybacks playbacks = bean(VideoPlaybacks.class);

    public PlayConsultationVideoFunction() {
    }

    public PlayConsultationVideoFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        r.noBody();
        VideoPlaybacks.Played played = playbacks.play(r.actor(), r.path("code"), r.idempotencyKey());
        return ApiResponse.created(RecordViews.PlayedView.of(played),
                "/after-sales/video-playbacks?month=" + YearMonth.from(ShanghaiTime.dateOf(played.playback().at())));
    }
}
