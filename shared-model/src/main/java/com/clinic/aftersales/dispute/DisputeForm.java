package com.clinic.aftersales.dispute;

import com.clinic.platform.Check;

/**
 * C-25: the customer (name, mobile if known), the visit if there is one, and what happened; or, raised from a
 * follow-up call (C-22), the follow-up, whose customer and visit it takes.
 */
public record DisputeForm(String visitCode, String customerName, String phone, String description,
                          String followUpId) {
    public DisputeForm validate() {
        Check check = new Check();
        String code = check.optional("visitCode", visitCode, 32);
        String name = check.required("customerName", customerName, 50);
        String p = phone == null || phone.isBlank() ? null : check.mobile("phone", phone);
        String what = check.required("description", description, 1000);
        String followUp = check.optional("followUpId", followUpId, 64);
        check.done();
        return new DisputeForm(code, name, p, what, followUp);
    }
}
