package com.clinic.program.functions.course;

import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.StaffView;
import com.clinic.program.course.AfterPlanDesk;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * H-19 the coaches' 《复盘服务评价表》 in full, for the program's team (the head coach aggregates them), the health
 * managers and the super admin; the customer does not read them.
 */
@Serves({"H-19"})
@AllowedRoles({Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER_SERVICE, Role.HEALTH_MANAGER, Role.SUPER_ADMIN})
public class ListServiceReviewsFunction extends ApiFunction {
    private final AfterPlanDesk course = bean(AfterPlanDesk.class);

    /** The reviews, in the order they were filed. */
    @Serdeable
    public record Reviews(List<ReviewView> reviews) {
    }

    /** One coach's review: the customer's execution 1–10, strengths, weaknesses, suggestions. */
    @Serdeable
    public record ReviewView(String seat, StaffView.Ref by, int score, String strengths, String weaknesses,
                             String suggestions, String at) {
    }

    public ListServiceReviewsFunction() {
    }

    public ListServiceReviewsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        return ApiResponse.ok(new Reviews(course.reviews(r.actor(), r.path("id")).stream().map(x -> new ReviewView(
                x.seat().name(), StaffView.Ref.of(x.by()), x.score(), x.strengths(), x.weaknesses(), x.suggestions(),
                ShanghaiTime.show(x.at()))).toList()));
    }
}
