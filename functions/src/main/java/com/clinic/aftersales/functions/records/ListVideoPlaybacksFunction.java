package com.clinic.aftersales.functions.records;

import com.clinic.journey.VisitRecords;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import com.clinic.platform.views.PlaybackView;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;

/** C-29 播放记录: every playback of a consultation video in a month (Asia/Shanghai; ?month=yyyy-MM, this month by default), newest first: who, when, which visit. */
@Serves({"C-29"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListVideoPlaybacksFunction extends ApiFunction {
    private final VisitRecords records = bean(VisitRecords.class);
    private final Clock clock = bean(Clock.class);

    public ListVideoPlaybacksFunction() {
    }

    public ListVideoPlaybacksFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(records.playbacksIn(r.month("month", clock.instant()), r.page()),
                PlaybackView::of));
    }
}
