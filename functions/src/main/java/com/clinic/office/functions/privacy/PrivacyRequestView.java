package com.clinic.office.functions.privacy;

import com.clinic.office.privacy.PrivacyRequest;
import com.clinic.platform.Phones;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import com.clinic.platform.views.UploadView;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A request about a customer's data as after-sales and the super admin see it: her number masked, when it is due
 * and whether it is late, the answer; for a copy, a short-lived link to its JSON and the print job of its PDF.
 */
@Serdeable
public record PrivacyRequestView(String id, String customer, String kind, String status, StaffView.Ref receivedBy,
                                 String receivedAt, String dueBy, boolean overdue, StaffView.Ref decidedBy,
                                 String decidedAt, String outcome, UploadView.Link copyJson, String printJobId,
                                 long version) {
    public static PrivacyRequestView of(PrivacyRequest r, Instant now, UploadView.Link copyJson) {
        String customer = Phones.mainlandMobile(r.mobile()) != null ? Phones.mask(r.mobile()) : r.mobile();
        return new PrivacyRequestView(r.id(), customer, r.kind().name(), r.status().name(),
                StaffView.Ref.of(r.receivedBy()), ShanghaiTime.show(r.receivedAt()), ShanghaiTime.show(r.dueBy()),
                r.overdue(now), r.decidedBy() == null ? null : StaffView.Ref.of(r.decidedBy()),
                r.decidedAt() == null ? null : ShanghaiTime.show(r.decidedAt()), r.outcome(), copyJson,
                r.printJobId(), r.version());
    }

    public static PrivacyRequestView of(PrivacyRequest r, Instant now) {
        return of(r, now, null);
    }
}
