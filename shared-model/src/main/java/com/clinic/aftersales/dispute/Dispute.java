package com.clinic.aftersales.dispute;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * C-25 其他纠纷: a dispute with a customer that after-sales records outside the follow-up calls — who, what
 * happened, which visit if any. Each edit keeps the text it replaced, by whom and when.
 */
public record Dispute(String id, String visitCode, String customerName, String phone, String description,
                      String followUpId, StaffRef raisedBy, Instant raisedAt, List<Edit> edits, long version)
        implements Aggregate {

    /** One earlier version of the dispute's text, replaced by {@code by} at {@code at}. */
    public record Edit(String customerName, String phone, String description, StaffRef by, Instant at) {
    }

    public Dispute {
        edits = List.copyOf(edits);
    }

    public static Accepted<Dispute, DisputeEvent> raise(String id, DisputeForm form, StaffRef by, Instant at) {
        Dispute d = new Dispute(id, form.visitCode(), form.customerName(), form.phone(), form.description(),
                form.followUpId(), by, at, List.of(), 1);
        return new Accepted<>(d, new DisputeEvent.DisputeRaised(id, by, at, form.customerName()));
    }

    /** An edit keeps the replaced text; an edit that changes nothing is refused, so the history stays meaningful. */
    public Decision<Dispute, DisputeEvent> edit(DisputeEditForm form, StaffRef by, Instant at) {
        if (form.customerName().equals(customerName) && java.util.Objects.equals(form.phone(), phone)
                && form.description().equals(description)) {
            return Decision.refuse("nothing changed");
        }
        List<Edit> next = new ArrayList<>(edits);
        next.add(new Edit(customerName, phone, description, by, at));
        return new Accepted<>(new Dispute(id, visitCode, form.customerName(), form.phone(), form.description(),
                followUpId, raisedBy, raisedAt, next, version + 1), new DisputeEvent.DisputeEdited(id, by, at,
                next.size()));
    }
}
