package com.clinic.office.functions.privacy;

import com.clinic.office.privacy.PrivacyRequest;
import com.clinic.office.privacy.PrivacyRequests;
import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.port.FileStore;
import com.clinic.platform.views.UploadView;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;

/** One request about a customer's data; once her copy is made, a 10-minute link to its JSON and its PDF's job. */
@Serves({"privacy"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN, Role.AUDITOR})
public class GetPrivacyRequestFunction extends ApiFunction {
    private final PrivacyRequests requests = bean(PrivacyRequests.class);
    private final FileStore files = bean(FileStore.class);

    public GetPrivacyRequestFunction() {
    }

    public GetPrivacyRequestFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        PrivacyRequest request = requests.get(r.actor(), r.path("id"));
        UploadView.Link copy = request.copyKey() == null ? null
                : UploadView.Link.of(files.presignDownload(request.copyKey(), Duration.ofMinutes(10)));
        return ApiResponse.ok(PrivacyRequestView.of(request, requests.now(), copy)).withETag(request.version());
    }
}
