package com.clinic.aftersales.complaint;

import com.clinic.aftersales.complaint.ComplaintEvent.ComplaintEdited;
import com.clinic.aftersales.complaint.ComplaintEvent.ComplaintHandled;
import com.clinic.aftersales.complaint.ComplaintEvent.ComplaintRaised;

/** The words of a complaint's events: the audit trail's line of each. */
final class ComplaintWording {
    private ComplaintWording() {
    }

    static String summary(ComplaintEvent event) {
        return event.accept(new ComplaintEvent.Visitor<>() {
            @Override
            public String raised(ComplaintRaised e) {
                return "客户投诉 " + e.about() + "（" + e.severity() + "）";
            }

            @Override
            public String edited(ComplaintEdited e) {
                return "修改投诉（第 " + e.edits() + " 次）";
            }

            @Override
            public String handled(ComplaintHandled e) {
                return "处理：" + e.from() + " → " + e.to();
            }
        });
    }
}
