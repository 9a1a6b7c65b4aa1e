package com.clinic.aftersales.dispute;

import com.clinic.platform.Check;

/**
 * C-25 修改: what an edit may change — the customer's name and mobile, and the description. The visit and the
 * follow-up it was raised from stay as raised, so the form has no field for them (sending one is a 400 naming it).
 */
public record DisputeEditForm(String customerName, String phone, String description) {
    public DisputeEditForm validate() {
        Check check = new Check();
        String name = check.required("customerName", customerName, 50);
        String p = phone == null || phone.isBlank() ? null : check.mobile("phone", phone);
        String what = check.required("description", description, 1000);
        check.done();
        return new DisputeEditForm(name, p, what);
    }
}
