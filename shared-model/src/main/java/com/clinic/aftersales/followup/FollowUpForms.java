package com.clinic.aftersales.followup;

import com.clinic.platform.Check;
import com.clinic.platform.Numeric;

/** The follow-up's forms, each naming every bad field. */
public final class FollowUpForms {
    private FollowUpForms() {
    }

    /** 关怀说明: the day's care note. */
    public record CareNoteForm(String note) {
        public String validate() {
            Check check = new Check();
            String text = check.required("note", note, 2000);
            check.done();
            return text;
        }
    }

    /** The recording the recording system uploaded (the key its upload ticket named) and the call's length. */
    public record RecordingForm(String key, @Numeric String durationSeconds) {
        /** A call of up to four hours. */
        static final int MAX_SECONDS = 4 * 60 * 60;

        public RecordingForm validate(String prefix) {
            Check check = new Check();
            String k = check.required("key", key, 300);
            if (k != null && (!k.startsWith(prefix) || k.contains(".."))) {
                check.fail("key", "must be the key of this call's recording upload (" + prefix + "…)");
            }
            Integer seconds = check.integer("durationSeconds", durationSeconds, 1, MAX_SECONDS);
            if (durationSeconds == null || durationSeconds.isBlank()) {
                check.fail("durationSeconds", "is required (seconds)");
            }
            check.done();
            return new RecordingForm(k, String.valueOf(seconds));
        }

        public int seconds() {
            return Integer.parseInt(durationSeconds);
        }
    }
}
