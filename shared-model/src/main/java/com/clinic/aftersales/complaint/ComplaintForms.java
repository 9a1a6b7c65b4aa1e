package com.clinic.aftersales.complaint;

import com.clinic.platform.Check;

/** What after-sales staff send for C-26, as text; each {@code validate} names every bad field at once. */
public final class ComplaintForms {
    private ComplaintForms() {
    }

    /** 添加 / 修改: the customer, the staff member complained about, category, severity and what happened. */
    public record ComplaintForm(String visitCode, String customerName, String phone, String staffId, String category,
                                String severity, String description) {
        public Complaint.Details validate() {
            Check check = new Check();
            String code = check.optional("visitCode", visitCode, 32);
            String name = check.required("customerName", customerName, 50);
            String p = phone == null || phone.isBlank() ? null : check.mobile("phone", phone);
            check.required("staffId", staffId, 64);
            Complaint.Category c = check.oneOf("category", category, Complaint.Category.class, null);
            Complaint.Severity s = check.oneOf("severity", severity, Complaint.Severity.class, null);
            String what = check.required("description", description, 1000);
            check.done();
            return new Complaint.Details(code, name, p, c, s, what);
        }
    }

    /**
     * 修改投诉: what an edit may change — the category, severity and description. Who complained and about whom stay
     * as raised, so the form has no field for them (sending one is a 400 naming it).
     */
    public record ComplaintEditForm(String category, String severity, String description) {
        public ComplaintEditForm validate() {
            Check check = new Check();
            Complaint.Category c = check.oneOf("category", category, Complaint.Category.class, null);
            Complaint.Severity s = check.oneOf("severity", severity, Complaint.Severity.class, null);
            String what = check.required("description", description, 1000);
            check.done();
            return new ComplaintEditForm(c.name(), s.name(), what);
        }
    }

    /** 处理: what was done, and the status it leaves the complaint in (HANDLING, RESOLVED, CLOSED). */
    public record HandlingForm(String note, String status) {
        public HandlingForm validate() {
            Check check = new Check();
            String n = check.required("note", note, 1000);
            Complaint.Status s = check.oneOf("status", status, Complaint.Status.class, null);
            if (s != null && !Complaint.STEP_TARGETS.contains(s)) {
                check.fail("status", "must be one of " + Complaint.STEP_TARGETS);
            }
            check.done();
            return new HandlingForm(n, s.name());
        }
    }
}
