package com.clinic.office.privacy;

import com.clinic.platform.Check;

/** A request received for a customer: who (her customer id or mobile number) and what she asks. */
public record PrivacyRequestForm(String customer, String kind) {
    public record Valid(String customer, RequestKind kind) {
    }

    public Valid validate() {
        Check check = new Check();
        String who = check.required("customer", customer, 64);
        RequestKind k = check.oneOf("kind", kind, RequestKind.class, null);
        if (kind == null) {
            check.fail("kind", "is required: one of COPY, ERASURE");
        }
        check.done();
        return new Valid(who, k);
    }
}
