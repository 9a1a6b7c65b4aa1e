package com.clinic.office.privacy;

import com.clinic.platform.Check;

/** Why the super admin refuses a request (told to the customer: PIPL art. 50). */
public record RefusalForm(String reason) {
    public String validate() {
        Check check = new Check();
        String r = check.required("reason", reason, 500);
        check.done();
        return r;
    }
}
