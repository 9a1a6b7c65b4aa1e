package com.clinic.aftersales.complaint;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * C-26 客户投诉: a customer's complaint about a staff member — what happened, its category and severity — handled
 * step by step (处理) from OPEN through HANDLING to RESOLVED or CLOSED. Each edit keeps the text it replaced; each
 * handling step is kept with its note, who took it and when (客诉处理).
 */
public record Complaint(String id, String visitCode, String customerName, String phone, StaffRef staff,
                        Category category, Severity severity, String description, Status status, StaffRef raisedBy,
                        Instant raisedAt, List<Edit> edits, List<Step> steps, long version) implements Aggregate {

    public enum Category { ATTITUDE, SERVICE, PRICE, TREATMENT, OTHER }

    public enum Severity { LOW, MEDIUM, HIGH }

    public enum Status { OPEN, HANDLING, RESOLVED, CLOSED }

    /** An earlier version of the complaint's details, replaced by {@code by} at {@code at}. */
    public record Edit(Category category, Severity severity, String description, StaffRef by, Instant at) {
    }

    /** One handling step: a note and the status it left the complaint in. */
    public record Step(int number, String note, Status from, Status to, StaffRef by, Instant at) {
    }

    /** What a complaint says, as staff enter it. */
    public record Details(String visitCode, String customerName, String phone, Category category, Severity severity,
                          String description) {
    }

    /** The statuses a handling step may lead to. */
    public static final Set<Status> STEP_TARGETS = EnumSet.of(Status.HANDLING, Status.RESOLVED, Status.CLOSED);

    public Complaint {
        edits = List.copyOf(edits);
        steps = List.copyOf(steps);
    }

    public static Accepted<Complaint, ComplaintEvent> raise(String id, Details d, StaffRef staff, StaffRef by,
                                                            Instant at) {
        Complaint c = new Complaint(id, d.visitCode(), d.customerName(), d.phone(), staff, d.category(), d.severity(),
                d.description(), Status.OPEN, by, at, List.of(), List.of(), 1);
        return new Accepted<>(c, new ComplaintEvent.ComplaintRaised(id, by, at,
                staff.name(), d.severity()));
    }

    public boolean isFinal() {
        return status == Status.RESOLVED || status == Status.CLOSED;
    }

    /** 修改: category, severity and text, while the complaint is still being handled; the old ones are kept. */
    public Decision<Complaint, ComplaintEvent> edit(Category category, Severity severity, String description,
                                                    StaffRef by, Instant at) {
        if (isFinal()) {
            return Decision.refuse("the complaint is " + status + ": it is no longer edited");
        }
        if (category == this.category && severity == this.severity && description.equals(this.description)) {
            return Decision.refuse("nothing changed");
        }
        List<Edit> next = new ArrayList<>(edits);
        next.add(new Edit(this.category, this.severity, this.description, by, at));
        return new Accepted<>(new Complaint(id, visitCode, customerName, phone, staff, category, severity,
                description, status, raisedBy, raisedAt, next, steps, version + 1),
                new ComplaintEvent.ComplaintEdited(id, by, at, next.size()));
    }

    /** 处理: a step with its note, to HANDLING (again, for a further step), RESOLVED or CLOSED. */
    public Decision<Complaint, ComplaintEvent> handle(String note, Status to, StaffRef by, Instant at) {
        if (isFinal()) {
            return Decision.refuse("the complaint is " + status + " already");
        }
        if (!STEP_TARGETS.contains(to)) {
            return Decision.invalid("status", "must be one of " + STEP_TARGETS);
        }
        List<Step> next = new ArrayList<>(steps);
        next.add(new Step(steps.size() + 1, note, status, to, by, at));
        return new Accepted<>(new Complaint(id, visitCode, customerName, phone, staff, category, severity,
                description, to, raisedBy, raisedAt, edits, next, version + 1),
                new ComplaintEvent.ComplaintHandled(id, by, at, status, to));
    }
}
