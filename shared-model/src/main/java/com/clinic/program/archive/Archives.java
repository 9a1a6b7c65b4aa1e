package com.clinic.program.archive;

import com.clinic.program.Program;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.ProgramEvent;
import com.clinic.program.ProgramKind;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Flag;
import com.clinic.platform.NotFound;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Refused;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.program.archive.HealthArchive.ArchiveForm;
import java.time.Instant;
import java.util.List;

/**
 * H-05…H-07 the health archive at work: the customer fills it once her contract is signed, the auditor reviews the
 * assessment, customer service confirms it complete; every read of it is logged (PIPL) and the log is the super
 * admin's to inspect.
 */
public final class Archives {
    private final Commands<HealthArchive, ArchiveEvent> archives;
    private final Commands<Program, ProgramEvent> programs;
    private final ProgramDeadlines deadlines;
    private final ReadLog log;

    public Archives(Commands<HealthArchive, ArchiveEvent> archives, Commands<Program, ProgramEvent> programs,
                    ProgramDeadlines deadlines, ReadLog log) {
        this.archives = archives;
        this.programs = programs;
        this.deadlines = deadlines;
        this.log = log;
    }

    /** One read of an archive: who, in which roles, when. */
    public record ArchiveRead(String programId, StaffRef reader, List<String> roles, Instant at) {
    }

    /** The archives' read log, newest first. */
    public interface ReadLog {
        void record(ArchiveRead read);

        Page<ArchiveRead> reads(String programId, PageRequest page);
    }

    /** A review: passed (or complete) or not, with the reason when not. */
    public record ReviewForm(@Flag String passed, String reason) {
        ReviewForm validate() {
            Check check = new Check();
            if (passed == null || passed.isBlank()) {
                check.fail("passed", "is required (true or false)");
            }
            boolean ok = check.bool("passed", passed, false);
            String r = check.optional("reason", reason, 500);
            check.done();
            return new ReviewForm(Boolean.toString(ok), r);
        }

        boolean ok() {
            return Boolean.parseBoolean(passed);
        }
    }

    public Instant now() {
        return archives.now();
    }

    /**
     * H-05: the customer sends her archive (If-Match: the archive's version), opened when her contract was signed;
     * the program follows in the same transaction.
     */
    public Outcome<HealthArchive> submit(Actor actor, String programId, Long version, ArchiveForm form,
                                         IdempotencyKey key) {
        ArchiveForm.Valid valid = Check.body(form).validate();
        Instant now = archives.now();
        try {
            return tracked(actor, programId, version, key, a -> a.submit(valid, actor.ref(), now));
        } catch (NotFound none) {
            // no archive: her program's contract is not signed yet (or it is not her program: 404)
            programs.visible(actor, programId);
            throw new Refused("the health archive is filled in once the contract is signed");
        }
    }

    /**
     * An archive command with the program read in the same batch and moved in the same transaction: the step the
     * archive's move answers is done and the next one's deadline armed (T-12).
     */
    private Outcome<HealthArchive> tracked(Actor actor, String programId, Long version, IdempotencyKey key,
                                           java.util.function.Function<HealthArchive,
                                                   com.clinic.platform.command.Decision<HealthArchive,
                                                           ArchiveEvent>> command) {
        Instant now = archives.now();
        java.util.concurrent.atomic.AtomicReference<Program> moved = new java.util.concurrent.atomic.AtomicReference<>();
        Change<HealthArchive, ArchiveEvent> step = Change.reading(Related.record(ProgramKind.PROGRAM, programId),
                (a, loaded) -> {
                    theirs(actor, loaded.related(ProgramKind.PROGRAM, programId), programId);
                    return command.apply(a);
                });
        Outcome<HealthArchive> outcome = archives.change(actor, programId, version, key,
                step.bringing((accepted, loaded) -> {
                    Program p = loaded.related(ProgramKind.PROGRAM, programId).orElseThrow();
                    var decision = p.archiveMoved(accepted.after().status(), now, deadlines.from(now));
                    if (!(decision instanceof Accepted<Program, ProgramEvent> next)) {
                        return AggregateStore.Effects.NONE;
                    }
                    moved.set(next.after());
                    return programs.following(Actor.SYSTEM, p, next, deadlines.arm(next.after(), now));
                }));
        if (moved.get() != null) {
            deadlines.cancelClosed(moved.get(), now);
        }
        return outcome;
    }

    /**
     * The archive, for whom it is their business — a reader of archives who is also the program's business (customer
     * service only in its seated team); the read is logged.
     */
    public HealthArchive read(Actor actor, String programId) {
        var loaded = archives.load(programId, Related.record(ProgramKind.PROGRAM, programId));
        HealthArchive a = loaded.record().filter(x -> ArchiveKind.ARCHIVE.canSee(actor, x))
                .orElseThrow(() -> archives.notFound(programId));
        theirs(actor, loaded.related(ProgramKind.PROGRAM, programId), programId);
        log.record(new ArchiveRead(programId, actor.ref(), actor.roles().stream().map(Enum::name).sorted().toList(),
                archives.now()));
        return a;
    }

    /** Unless the archive's program is the actor's business, the archive is unknown to them, as any missing one. */
    private void theirs(Actor actor, java.util.Optional<Program> program, String programId) {
        if (program.filter(p -> ProgramKind.PROGRAM.canSee(actor, p)).isEmpty()) {
            throw archives.notFound(programId);
        }
    }

    /** H-06 the auditor's review (If-Match). */
    public Outcome<HealthArchive> audit(Actor actor, String programId, Long version, ReviewForm form,
                                        IdempotencyKey key) {
        ReviewForm valid = Check.body(form).validate();
        return tracked(actor, programId, version, key,
                a -> a.audit(valid.ok(), valid.reason(), actor.ref(), archives.now()));
    }

    /** H-07 customer service's confirmation (If-Match). */
    public Outcome<HealthArchive> confirm(Actor actor, String programId, Long version, ReviewForm form,
                                          IdempotencyKey key) {
        ReviewForm valid = Check.body(form).validate();
        return tracked(actor, programId, version, key,
                a -> a.confirm(valid.ok(), valid.reason(), actor.ref(), archives.now()));
    }

    /**
     * PIPL art. 45: who read the archive and when, newest first — for the super admin to inspect, and for the
     * customer in her app (her own program only; another's is unknown to her).
     */
    public Page<ArchiveRead> reads(Actor actor, String programId, PageRequest page) {
        programs.visible(actor, programId);
        return log.reads(programId, page);
    }
}
