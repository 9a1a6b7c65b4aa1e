package com.clinic.aftersales.functions.records;

import com.clinic.journey.VisitRecords;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;

/** C-28 咨询视频: every consultation video attached in a month (Asia/Shanghai; ?month=yyyy-MM, this month by default), newest first, with its consultant and customer. */
@Serves({"C-28"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListConsultationVideosFunction extends ApiFunction {
    private final VisitRecords records = bean(VisitRecords.class);
    private final Clock clock = bean(Clock.class);

    public ListConsultationVideosFunction() {
    }

    public ListConsultationVideosFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(PageView.of(records.videosIn(r.month("month", clock.instant()), r.page()),
                RecordViews.VideoView::of));
    }
}
