package com.clinic.platform.views;

import com.clinic.aftersales.dispute.Dispute;
import com.clinic.platform.ShanghaiTime;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A dispute (C-25, or raised from the follow-up {@code followUpId}, C-22) with every earlier text it replaced;
 * times in Asia/Shanghai.
 */
@Serdeable
public record DisputeView(String id, String visitCode, String customerName, String phone, String description,
                          String followUpId, StaffView.Ref raisedBy, String raisedAt, List<EditView> edits, long version) {

    @Serdeable
    public record EditView(String customerName, String phone, String description, StaffView.Ref by, String at) {
    }

    public static DisputeView of(Dispute d) {
        return new DisputeView(d.id(), d.visitCode(), d.customerName(), d.phone(), d.description(),
                d.followUpId(), StaffView.Ref.of(d.raisedBy()), ShanghaiTime.show(d.raisedAt()), d.edits().stream()
                        .map(e -> new EditView(e.customerName(), e.phone(), e.description(), StaffView.Ref.of(e.by()),
                                ShanghaiTime.show(e.at()))).toList(), d.version());
    }
}
