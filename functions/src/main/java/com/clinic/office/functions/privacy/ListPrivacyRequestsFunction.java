package com.clinic.office.functions.privacy;

import com.clinic.office.privacy.PrivacyRequests;
import com.clinic.platform.Check;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;

/** The customers' requests about their data: all newest first, or ({@code ?open=true}) the unanswered soonest due. */
@Serves({"privacy"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN, Role.AUDITOR})
public class ListPrivacyRequestsFunction extends ApiFunction {
    private final PrivacyRequests requests = bean(PrivacyRequests.class);

    public ListPrivacyRequestsFunction() {
    }

    public ListPrivacyRequestsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Check check = new Check();
        boolean open = check.bool("open", r.query("open"), false);
        check.done();
        var now = requests.now();
        return ApiResponse.ok(PageView.of(requests.list(open, r.page()), q -> PrivacyRequestView.of(q, now)));
    }
}
