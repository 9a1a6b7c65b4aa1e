package com.clinic.office.privacy;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;

/**
 * A customer's request for a copy of her data or its erasure, received by the staff she asked and answered by the
 * super admin by {@code dueBy} (working days, see {@link PrivacyRequests#ANSWER_WITHIN}). Once her data is erased
 * the request keeps, instead of her number, the pseudonym her kept records now carry: the evidence of the erasure.
 */
public record PrivacyRequest(String id, String mobile, RequestKind kind, Status status, StaffRef receivedBy,
                             Instant receivedAt, Instant dueBy, StaffRef decidedBy, Instant decidedAt, String outcome,
                             String copyKey, String printJobId, long version) implements Aggregate {
    public enum Status { RECEIVED, FULFILLED, REFUSED }

    public static Accepted<PrivacyRequest, PrivacyRequestEvent> receive(String id, String mobile, RequestKind kind,
                                                                         StaffRef by, Instant at, Instant dueBy) {
        return new Accepted<>(new PrivacyRequest(id, mobile, kind, Status.RECEIVED, by, at, dueBy, null, null, null,
                null, null, 1), new PrivacyRequestEvent.Received(id, kind, dueBy, by, at));
    }

    /** Her copy was written: the JSON's key and the PDF's print job. */
    public Decision<PrivacyRequest, PrivacyRequestEvent> copied(String jsonKey, String printJob, int records,
                                                                StaffRef by, Instant at) {
        if (kind != RequestKind.COPY) {
            return Decision.refuse("this request asks for erasure, not a copy");
        }
        return answer(mobile, Status.FULFILLED, by, at, records + " records copied", jsonKey, printJob,
                new PrivacyRequestEvent.Copied(id, records, by, at));
    }

    /** Her data was erased: the request keeps the pseudonym of what was kept instead of her number. */
    public Decision<PrivacyRequest, PrivacyRequestEvent> erased(ErasureReport report, StaffRef by, Instant at) {
        if (kind != RequestKind.ERASURE) {
            return Decision.refuse("this request asks for a copy, not erasure");
        }
        return answer(report.pseudonym(), Status.FULFILLED, by, at, report.summary(), null, null,
                new PrivacyRequestEvent.Erased(id, report, by, at));
    }

    /** The super admin refuses the request, saying why (PIPL art. 50: the refusal and its reason are told her). */
    public Decision<PrivacyRequest, PrivacyRequestEvent> refuse(String reason, StaffRef by, Instant at) {
        return answer(mobile, Status.REFUSED, by, at, reason, null, null,
                new PrivacyRequestEvent.Refused(id, reason, by, at));
    }

    /** The one step every answer takes: an open request is answered once, by whom, when and how. */
    private Decision<PrivacyRequest, PrivacyRequestEvent> answer(String subject, Status answered, StaffRef by,
                                                                 Instant at, String outcome, String copy,
                                                                 String printJob, PrivacyRequestEvent event) {
        if (status != Status.RECEIVED) {
            return answered();
        }
        return new Accepted<>(new PrivacyRequest(id, subject, kind, answered, receivedBy, receivedAt, dueBy, by, at,
                outcome, copy, printJob, version + 1), event);
    }

    /** Asked to answer again: refused, the answer given stands (a retry of it is replayed before this). */
    public Decision<PrivacyRequest, PrivacyRequestEvent> answered() {
        return Decision.refuse("the request was answered already (" + status + ")");
    }

    public boolean overdue(Instant now) {
        return status == Status.RECEIVED && now.isAfter(dueBy);
    }
}
