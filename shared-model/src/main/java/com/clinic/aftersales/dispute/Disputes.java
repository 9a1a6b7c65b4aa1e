package com.clinic.aftersales.dispute;

import com.clinic.aftersales.RecordFilter;
import com.clinic.aftersales.followup.FollowUpEvent;
import com.clinic.aftersales.followup.FollowUpKind;
import com.clinic.aftersales.followup.FollowUpTask;
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
import java.util.Optional;

/**
 * C-25 其他纠纷 and the disputes raised from follow-up calls (C-22), listed as C-23 纠纷记录: raised, edited with
 * history, listed by month, by the staff member who raised them or by the customer's mobile.
 */
public final class Disputes {
    private final Commands<Dispute, DisputeEvent> commands;
    private final Commands<FollowUpTask, FollowUpEvent> followUps;
    private final DisputeList list;
    private final IdGenerator ids;

    public Disputes(Commands<Dispute, DisputeEvent> commands, Commands<FollowUpTask, FollowUpEvent> followUps,
                    DisputeList list, IdGenerator ids) {
        this.commands = commands;
        this.followUps = followUps;
        this.list = list;
        this.ids = ids;
    }

    /** Disputes newest first, as the filter selects them. */
    public interface DisputeList {
        Page<Dispute> list(RecordFilter filter, PageRequest page);
    }

    /**
     * A new dispute; a retry with the same Idempotency-Key answers the one the first request raised. Raised from a
     * follow-up, it is about that follow-up's customer and visit, whatever else the form says.
     */
    public Outcome<Dispute> raise(Actor actor, DisputeForm form, IdempotencyKey key) {
        DisputeForm given = Check.body(form);
        if (given.followUpId() != null && !given.followUpId().isBlank()) {
            String followUpId = given.followUpId().strip();
            FollowUpTask task = (FollowUpKind.FOLLOW_UP.isId(followUpId) ? followUps.find(followUpId)
                    : Optional.<FollowUpTask>empty()).filter(t -> FollowUpKind.FOLLOW_UP.canSee(actor, t))
                    .orElseThrow(() -> InvalidInput.of("followUpId", "no follow-up " + followUpId));
            given = new DisputeForm(task.visitCode(), task.customerName(), task.phone(), given.description(),
                    task.id());
        }
        DisputeForm valid = given.validate();
        String id = key == null ? ids.newId() : key.recordId("dispute");
        return commands.create(actor, Dispute.raise(id, valid, actor.ref(), commands.now()));
    }

    public Outcome<Dispute> edit(Actor actor, String id, Long version, DisputeEditForm form, IdempotencyKey key) {
        DisputeEditForm valid = Check.body(form).validate();
        return commands.change(actor, id, version, key, Change.of(d -> d.edit(valid, actor.ref(), commands.now())));
    }

    public Page<Dispute> list(RecordFilter filter, PageRequest page) {
        return list.list(filter, page);
    }

    public java.time.Instant now() {
        return commands.now();
    }
}
