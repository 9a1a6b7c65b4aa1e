package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/** H-18 the satisfaction survey: sent with the end, answered in the app, or her refusal recorded. */
public record Survey(Instant sentAt, Answer answer, Refusal refusal) {
    public boolean settled() {
        return answer != null || refusal != null;
    }

    /** The customer's answers: 1–5 for the service, the coaches, the meals and the results; comments. */
    public record Answer(int service, int coaches, int meals, int results, boolean recommend, String comments,
                         Instant at) {
    }

    /** The customer would not fill it in: customer service records what she said. */
    public record Refusal(String reason, StaffRef by, Instant at) {
    }
}
