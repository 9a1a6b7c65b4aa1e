package com.clinic.aftersales.loan;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;

/** C-20 催款: one contact with the customer about an overdue loan, and what came of it. */
public record DunningContact(String id, Channel channel, String outcome, LocalDate promisedOn, String note,
                             StaffRef by, Instant at) {

    /** How the customer was reached. */
    public enum Channel {
        PHONE("电话"), WECHAT("微信"), SMS("短信"), VISIT("上门");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
