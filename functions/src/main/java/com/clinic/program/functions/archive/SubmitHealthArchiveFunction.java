package com.clinic.program.functions.archive;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Parted;
import com.clinic.platform.api.Serves;
import com.clinic.platform.privacy.Channel;
import com.clinic.platform.privacy.ConsentForm;
import com.clinic.platform.privacy.Consents;
import com.clinic.program.order.Programs;
import com.clinic.program.archive.Archives;
import com.clinic.program.archive.HealthArchive;
import io.micronaut.context.ApplicationContext;

/**
 * H-05: the customer fills in her health archive in the app (the assessment form and the questionnaire) once her
 * contract is signed; again after a failed review or a send-back (If-Match: the archive's version). The separate
 * consent to sensitive data she gives with it ({@code "consent"}) is recorded once the archive is accepted; without
 * one, an archive is refused once she has withdrawn that consent.
 */
@Serves({"H-05"})
@AllowedRoles(Role.CUSTOMER)
public class SubmitHealthArchiveFunction extends ApiFunction {
    private final Archives archives = bean(Archives.class);
    private final Programs programs = bean(Programs.class);
    private final Consents consents = bean(Consents.class);

    public SubmitHealthArchiveFunction() {
    }

    public SubmitHealthArchiveFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        Parted<HealthArchive.ArchiveForm, ConsentForm> request = r.body(HealthArchive.ArchiveForm.class, "consent",
                ConsentForm.class);
        ConsentForm.Valid consent = request.part() == null ? null : request.part().validate("consent.");
        String phone = programs.get(r.actor(), r.path("id")).order().phone();
        if (consent == null) {
            consents.require(phone); // a consent given with the archive counts
        }
        var submitted = archives.submit(r.actor(), r.path("id"), r.ifMatch(), request.form(), r.idempotencyKey());
        consents.capture(r.actor(), phone, consent, Channel.ARCHIVE);
        return ApiResponse.ok(ArchiveView.of(submitted.value())).taggedWith(submitted);
    }
}
