package com.clinic.journey.visit;

/** Every step that changes a visit, by SPEC id; the audit trail records these names. */
public enum VisitAction {
    BOOK_APPOINTMENT("C-01"), ASSIGN_DRIVER("C-02"), CHANGE_DRIVER("C-03"), PICK_UP("C-04"),
    CONFIRM_ARRIVAL("C-05"), REGISTER_WALK_IN("C-06"), ADD_PHOTO("C-08"), REFUSE_PHOTOS("C-08"),
    ATTACH_EXAM("C-09"), ASSIGN_CONSULTANT("C-10"), CHANGE_CONSULTANT("C-10"), START_CONSULTATION("C-11"),
    ATTACH_VIDEO("C-11"), SUBMIT_ORDER("C-11"), REVIEW_PRICES("C-12"), ATTACH_SIGNED_SHEET("C-13"),
    COLLECT_PAYMENT("C-14"), REFUND("C-15"), ADMIT("C-27"), REJECT("C-24"), RESTORE("C-24"), EDIT_CUSTOMER("C-24");

    private final String specId;

    VisitAction(String specId) {
        this.specId = specId;
    }

    public String specId() {
        return specId;
    }
}
