package com.clinic.aftersales;

import com.clinic.aftersales.followup.FollowUpEvent;
import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.visit.Admission;
import com.clinic.journey.visit.Forms.AdmissionForm;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.journey.visit.OrderItem;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitEvent;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Refused;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.staff.StaffPicks;
import com.clinic.platform.timer.TimerKind;
import com.clinic.platform.timer.Timers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Admission and the post-op follow-up clock (C-27, T-01…T-03 → C-22), and rejecting or restoring a journey
 * (C-24), which cancels or re-arms its timers.
 */
public final class AfterSalesService {
    private final VisitCommands commands;
    private final Timers timers;
    private final Commands<FollowUpTask, FollowUpEvent> followUps;

    public AfterSalesService(VisitCommands commands, Timers timers, Commands<FollowUpTask, FollowUpEvent> followUps) {
        this.commands = commands;
        this.timers = timers;
        this.followUps = followUps;
    }

    /**
     * C-27: records the admission and arms the day 2/7/15 timers. The timers are created once the admission is
     * accepted but before it is written: if the write fails they fire on a visit that is not admitted and do
     * nothing, whereas the other order could lose them. Days already past are raised at once.
     */
    public Outcome<Visit> admit(Actor actor, String code, Long version, AdmissionForm form, IdempotencyKey key) {
        Instant now = commands.now();
        AdmissionForm valid = Check.body(form).validate(ShanghaiTime.dateOf(now));
        String ownerId = valid.ownerId() != null ? valid.ownerId() : actor.id();
        LocalDate operation = LocalDate.parse(valid.operationDate());
        Change<Visit, VisitEvent> admit = Change.reading(Related.staff(ownerId), (v, snap) -> v.admit(operation,
                StaffPicks.found(snap, "ownerId", ownerId), valid.notes(), actor.ref(), now));
        Outcome<Visit> outcome = commands.change(actor, code, version, key,
                admit.arming(accepted -> arm(code, operation, now)));
        raiseDue(outcome.value(), now);
        return outcome;
    }

    /**
     * T-01…T-03 fired: puts the day's follow-up in the owner's queue, once, and only while the visit is still
     * admitted (a rejected journey's late timer does nothing).
     */
    public boolean raiseFollowUp(String code, int day, Instant at) {
        return raise(commands.get(code), day, at);
    }

    /** The day's task, raised at {@code at} (its timer's time, or the admission's for a day already past). */
    private boolean raise(Visit v, int day, Instant at) {
        if (v.stage() != VisitStage.ADMITTED || !FollowUpTask.DAYS.contains(day)) {
            return false;
        }
        Admission a = v.admission();
        return !followUps.create(Actor.SYSTEM, FollowUpTask.raise(v.code(), day, a.operationDate(),
                v.order().items().stream().map(OrderItem::name).toList(), dueAt(a.operationDate(), day),
                v.customer().name(), v.customer().phone(), a.owner(), at)).replayed();
    }

    /**
     * C-24 拒绝流程: stops the journey, cancels its pending timers and takes its open follow-ups off the call
     * lists (a retried rejection does both again, which changes nothing).
     */
    public Outcome<Visit> reject(Actor actor, String code, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
        Outcome<Visit> outcome = commands.change(actor, code, version, key, Change.of(v -> v.reject(reason,
                actor.ref(), commands.now())));
        timers.cancelAll(TimerKind.Subject.VISIT, code);
        moveTasks(actor, code, t -> t.cancel(actor.ref(), commands.now()));
        return outcome;
    }

    /** C-24 恢复流程: back where it stopped; an admitted journey gets its remaining timers and calls again. */
    public Outcome<Visit> restore(Actor actor, String code, Long version, IdempotencyKey key) {
        Instant now = commands.now();
        Change<Visit, VisitEvent> restore = Change.of(v -> v.restore(actor.ref(), now));
        Outcome<Visit> outcome = commands.change(actor, code, version, key, restore.arming(accepted ->
                accepted.after().stage() == VisitStage.ADMITTED
                        ? arm(code, accepted.after().admission().operationDate(), now) : List.of()));
        Visit v = outcome.value();
        if (v.stage() == VisitStage.ADMITTED) {
            moveTasks(actor, code, t -> t.reopen(actor.ref(), now));
            raiseDue(v, now);
        }
        return outcome;
    }

    /**
     * Cancels or reopens the visit's follow-ups (at most three), each in its own change; a task already moved (a
     * retried rejection, a done task) is left as it is.
     */
    private void moveTasks(Actor actor, String code, Function<FollowUpTask, Decision<FollowUpTask, FollowUpEvent>> step) {
        for (int day : FollowUpTask.DAYS) {
            followUps.find(FollowUpTask.id(code, day)).ifPresent(t -> {
                try {
                    followUps.apply(actor, t, Change.of(step)).orThrow();
                } catch (Refused alreadyThere) {
                    // nothing to move
                }
            });
        }
    }

    /** The follow-up timers still ahead, scheduled; the command path records them with the change. */
    private List<Timer> arm(String code, LocalDate operation, Instant now) {
        return FollowUpTask.DAYS.stream().filter(day -> dueAt(operation, day).isAfter(now))
                .map(day -> new Timer(TimerKind.followUp(day), code, 1, dueAt(operation, day))).toList();
    }

    private void raiseDue(Visit v, Instant now) {
        for (int day : FollowUpTask.DAYS) {
            if (!dueAt(v.admission().operationDate(), day).isAfter(now)) {
                raise(v, day, now);
            }
        }
    }

    static Instant dueAt(LocalDate operation, int day) {
        return TimerKind.followUp(day).dueAfter(operation);
    }
}
