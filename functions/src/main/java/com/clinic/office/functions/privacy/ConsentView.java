package com.clinic.office.functions.privacy;

import com.clinic.platform.Phones;
import com.clinic.platform.privacy.Consent;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A customer's consents as the staff who answer for them see them: every grant, in force or withdrawn. */
@Serdeable
public record ConsentView(String mobile, List<String> inForce, List<GrantView> grants, long version) {
    @Serdeable
    public record GrantView(String purpose, String textVersion, String channel, StaffView.Ref recordedBy, String at,
                            StaffView.Ref withdrawnBy, String withdrawnAt) {
    }

    public static ConsentView of(Consent c) {
        return new ConsentView(Phones.mask(c.id()), c.grants().stream().filter(Consent.Grant::active)
                .map(g -> g.purpose().name()).sorted().toList(), c.grants().stream().map(g -> new GrantView(
                        g.purpose().name(), g.textVersion(), g.channel().name(), StaffView.Ref.of(g.recordedBy()),
                        ShanghaiTime.show(g.at()), g.withdrawnBy() == null ? null : StaffView.Ref.of(g.withdrawnBy()),
                        g.withdrawnAt() == null ? null : ShanghaiTime.show(g.withdrawnAt()))).toList(), c.version());
    }
}
