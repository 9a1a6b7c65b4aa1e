package com.clinic.aftersales.dispute;

import com.clinic.journey.StaffPicks;
import com.clinic.platform.Actor;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import java.time.YearMonth;

/** C-25 其他纠纷 (and the C-23 纠纷记录 list): disputes raised, edited with history, listed by month. */
public final class Disputes {
    private final Commands<Dispute, DisputeEvent> commands;
    private final DisputeList list;
    private final IdGenerator ids;

    public Disputes(Commands<Dispute, DisputeEvent> commands, DisputeList list, IdGenerator ids) {
        this.commands = commands;
        this.list = list;
        this.ids = ids;
    }

    /** The disputes raised in a month (Asia/Shanghai), newest first. */
    public interface DisputeList {
        Page<Dispute> raisedIn(YearMonth month, PageRequest page);
    }

    /** A new dispute; a retry with the same Idempotency-Key answers the one the first request raised. */
    public Outcome<Dispute> raise(Actor actor, DisputeForm form, IdempotencyKey key) {
        DisputeForm valid = StaffPicks.require(form).validate();
        String id = key == null ? ids.newId() : key.recordId("dispute");
        return commands.create(actor, Dispute.raise(id, valid, actor.ref(), commands.now()));
    }

    public Outcome<Dispute> edit(Actor actor, String id, Long version, DisputeForm form, IdempotencyKey key) {
        DisputeForm valid = StaffPicks.require(form).validate();
        return commands.change(actor, id, version, key, d -> d.edit(valid, actor.ref(), commands.now()));
    }

    public Page<Dispute> raisedIn(YearMonth month, PageRequest page) {
        return list.raisedIn(month, page);
    }

    public java.time.Instant now() {
        return commands.now();
    }
}
