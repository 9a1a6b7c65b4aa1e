package com.clinic.aftersales.functions.followups;

import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.platform.views.DisputeView;
import com.clinic.platform.views.FollowUpView;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** C-22 详情: the follow-up and the customer's history (the newest 20 of each; the lists have the rest). */
@Serdeable
public record FollowUpDetailView(FollowUpView followUp, List<DisputeView> disputes,
                                 List<FollowUpView.CareNoteLine> careNotes, List<FollowUpView.CallLine> calls) {
    static FollowUpDetailView of(FollowUpDesk.Detail d, Instant now) {
        return new FollowUpDetailView(FollowUpView.of(d.task(), now), d.disputes().stream().map(DisputeView::of)
                .toList(), d.careNotes().stream().map(FollowUpView.CareNoteLine::of).toList(),
                d.calls().stream().map(FollowUpView.CallLine::of).toList());
    }
}
