package com.clinic.aftersales.dispute;

import com.clinic.platform.Check;

/** C-25: the customer (name, mobile if known), the visit if there is one, and what happened. */
public record DisputeForm(String visitCode, String customerName, String phone, String description) {
    public DisputeForm validate() {
        Check check = new Check();
        String code = check.optional("visitCode", visitCode, 32);
        String name = check.required("customerName", customerName, 50);
        String p = phone == null || phone.isBlank() ? null : check.mobile("phone", phone);
        String what = check.required("description", description, 1000);
        check.done();
        return new DisputeForm(code, name, p, what);
    }
}
