package com.clinic.aftersales.dispute;

import com.clinic.aftersales.dispute.DisputeEvent.DisputeEdited;
import com.clinic.aftersales.dispute.DisputeEvent.DisputeRaised;

/** The words of a dispute's events: the audit trail's line of each. */
final class DisputeWording {
    private DisputeWording() {
    }

    static String summary(DisputeEvent event) {
        return event.accept(new DisputeEvent.Visitor<>() {
            @Override
            public String raised(DisputeRaised e) {
                return "其他纠纷：" + e.customerName();
            }

            @Override
            public String edited(DisputeEdited e) {
                return "修改纠纷（第 " + e.edits() + " 次）";
            }
        });
    }
}
