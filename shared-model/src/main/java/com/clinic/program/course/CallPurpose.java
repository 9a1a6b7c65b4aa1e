package com.clinic.program.course;

/** The video calls: 1 before the plan, 2 at the end of week 3, 3 two days after the end. */
public enum CallPurpose {
    BEFORE_PLAN("H-13", "方案前视频沟通"), WEEK_3("H-17", "方案中视频沟通"), AFTER_PLAN("H-20", "方案后视频沟通");

    private final String specId;
    private final String label;

    CallPurpose(String specId, String label) {
        this.specId = specId;
        this.label = label;
    }

    public String specId() {
        return specId;
    }

    public String label() {
        return label;
    }

    public static CallPurpose of(int n) {
        return values()[n - 1];
    }
}
