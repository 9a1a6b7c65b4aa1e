package com.clinic.aftersales.complaint;

import com.clinic.aftersales.complaint.ComplaintForms.ComplaintEditForm;
import com.clinic.aftersales.complaint.ComplaintForms.ComplaintForm;
import com.clinic.aftersales.complaint.ComplaintForms.HandlingForm;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.time.YearMonth;

/** C-26 客户投诉 and 客诉处理: complaints raised, edited, handled step by step, and listed by month. */
public final class Complaints {
    private final Commands<Complaint, ComplaintEvent> commands;
    private final StaffDirectory staff;
    private final ComplaintLists lists;
    private final IdGenerator ids;

    public Complaints(Commands<Complaint, ComplaintEvent> commands, StaffDirectory staff, ComplaintLists lists,
                      IdGenerator ids) {
        this.commands = commands;
        this.staff = staff;
        this.lists = lists;
        this.ids = ids;
    }

    /** The complaints raised in a month and the handling steps taken in a month (Asia/Shanghai), newest first. */
    public interface ComplaintLists {
        Page<Complaint> raisedIn(YearMonth month, PageRequest page);

        Page<HandlingRecord> handledIn(YearMonth month, PageRequest page);
    }

    /** A line of 客诉处理: the complaint it belongs to and the step. */
    public record HandlingRecord(String complaintId, String customerName, String staffName, Complaint.Step step) {
    }

    /** A new complaint about a staff member of the directory; a retry with the same key answers the first. */
    public Outcome<Complaint> raise(Actor actor, ComplaintForm form, IdempotencyKey key) {
        Complaint.Details d = Check.body(form).validate();
        StaffMember about = staff.find(form.staffId().strip())
                .orElseThrow(() -> InvalidInput.of("staffId", "no staff member " + form.staffId().strip()));
        String id = key == null ? ids.newId() : key.recordId("complaint");
        return commands.create(actor, Complaint.raise(id, d, about.ref(), actor.ref(), commands.now()));
    }

    /** 修改: the category, severity and text (the customer and the staff member stay as raised). */
    public Outcome<Complaint> edit(Actor actor, String id, Long version, ComplaintEditForm form,
                                   IdempotencyKey key) {
        ComplaintEditForm d = Check.body(form).validate();
        return commands.change(actor, id, version, key, Change.of(c -> c.edit(Complaint.Category.valueOf(d.category()),
                Complaint.Severity.valueOf(d.severity()), d.description(), actor.ref(), commands.now())));
    }

    public Outcome<Complaint> handle(Actor actor, String id, Long version, HandlingForm form, IdempotencyKey key) {
        HandlingForm valid = Check.body(form).validate();
        return commands.change(actor, id, version, key, Change.of(c -> c.handle(valid.note(),
                Complaint.Status.valueOf(valid.status()), actor.ref(), commands.now())));
    }

    public Page<Complaint> raisedIn(YearMonth month, PageRequest page) {
        return lists.raisedIn(month, page);
    }

    public Page<HandlingRecord> handledIn(YearMonth month, PageRequest page) {
        return lists.handledIn(month, page);
    }

    public Instant now() {
        return commands.now();
    }
}
