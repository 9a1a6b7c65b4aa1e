package com.clinic.aftersales.followup;

import com.clinic.aftersales.RecordFilter;
import com.clinic.aftersales.dispute.Dispute;
import com.clinic.aftersales.dispute.Disputes.DisputeList;
import com.clinic.aftersales.followup.FollowUpForms.CareNoteForm;
import com.clinic.aftersales.followup.FollowUpForms.RecordingForm;
import com.clinic.aftersales.followup.FollowUps.CallEntry;
import com.clinic.aftersales.followup.FollowUps.CareNoteEntry;
import com.clinic.aftersales.records.VideoPlaybacks.Played;
import com.clinic.journey.Files;
import com.clinic.journey.UploadTicket;
import com.clinic.journey.VisitRecords;
import com.clinic.journey.VisitRecords.PlaybackEntry;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Refused;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import java.time.Instant;
import java.util.List;

/**
 * C-22 术后跟进 at the after-sales desk: a task with the customer's history, calls (拨打电话) and their recordings,
 * the care note (关怀说明) that completes the task, and a recording played only with its playback record (C-30).
 */
public final class FollowUpDesk {
    /** How much of the customer's history a task shows (the lists have the rest). */
    static final PageRequest HISTORY = new PageRequest(20, null);

    private final Commands<FollowUpTask, FollowUpEvent> commands;
    private final FollowUps lists;
    private final DisputeList disputes;
    private final Files files;
    private final VisitRecords records;
    private final IdGenerator ids;

    public FollowUpDesk(Commands<FollowUpTask, FollowUpEvent> commands, FollowUps lists, DisputeList disputes,
                        Files files, VisitRecords records, IdGenerator ids) {
        this.commands = commands;
        this.lists = lists;
        this.disputes = disputes;
        this.files = files;
        this.records = records;
        this.ids = ids;
    }

    /** The task with the customer's earlier disputes, care notes and calls (by mobile, any visit), newest first. */
    public record Detail(FollowUpTask task, List<Dispute> disputes, List<CareNoteEntry> careNotes,
                         List<CallEntry> calls) {
    }

    public Instant now() {
        return commands.now();
    }

    public Detail get(Actor actor, String id) {
        FollowUpTask task = visible(actor, id);
        RecordFilter customer = new RecordFilter(null, null, task.phone());
        return new Detail(task, disputes.list(customer, HISTORY).items(),
                lists.careNotes(customer, HISTORY).items(), lists.calls(customer, HISTORY).items());
    }

    /** 拨打电话: the call record, made when the call starts. */
    public Outcome<FollowUpTask> startCall(Actor actor, String id, Long version, IdempotencyKey key) {
        return commands.change(actor, id, version, key, Change.of(t -> t.startCall(actor.ref(), commands.now())));
    }

    /** Where the recording system uploads a call's recording (a presigned PUT of exactly that file). */
    public UploadTicket recordingUpload(Actor actor, String id, String callId, UploadForm form) {
        FollowUpTask task = visible(actor, id);
        if (task.call(callId).isEmpty()) {
            throw InvalidInput.of("callId", "this follow-up has no call " + callId);
        }
        return files.uploadUnder(recordingPrefix(task, callId), FileKind.CALL_RECORDING, form);
    }

    /** The uploaded recording, checked to have landed, linked to its call with the call's length. */
    public Outcome<FollowUpTask> linkRecording(Actor actor, String id, String callId, Long version,
                                               RecordingForm form, IdempotencyKey key) {
        RecordingForm given = Check.body(form);
        return commands.change(actor, id, version, key, Change.of(t -> {
            RecordingForm valid = given.validate(recordingPrefix(t, callId));
            return t.linkRecording(callId, files.landed(valid.key()), valid.seconds(), actor.ref(),
                    commands.now());
        }));
    }

    /** 关怀说明: the day's note, which completes the task. */
    public Outcome<FollowUpTask> writeCareNote(Actor actor, String id, Long version, CareNoteForm form,
                                               IdempotencyKey key) {
        String note = Check.body(form).validate();
        return commands.change(actor, id, version, key, Change.of(t -> t.writeCareNote(note, actor.ref(), commands.now())));
    }

    /**
     * C-30: a call's recording is played only through a link issued with its stored playback record (listed with
     * the video playbacks, C-29); a retry with the same Idempotency-Key is the same playback.
     */
    public Played playRecording(Actor actor, String id, String callId, IdempotencyKey key) {
        FollowUpTask task = visible(actor, id);
        FollowUpTask.Call call = task.call(callId)
                .orElseThrow(() -> InvalidInput.of("callId", "this follow-up has no call " + callId));
        if (call.recording() == null) {
            throw new Refused("the call " + callId + " has no recording yet");
        }
        String playbackId = key == null ? ids.newId() : key.recordId(callId);
        PlaybackEntry stored = records.recordPlayback(new PlaybackEntry(playbackId, task.visitCode(),
                task.customerName(), actor.ref(), commands.now(), callId));
        return new Played(stored, files.download(call.recording().key()));
    }

    public Page<FollowUpTask> open(String ownerId, PageRequest page) {
        return lists.open(ownerId, page);
    }

    public Page<CareNoteEntry> careNotes(RecordFilter filter, PageRequest page) {
        return lists.careNotes(filter, page);
    }

    public Page<CallEntry> calls(RecordFilter filter, PageRequest page) {
        return lists.calls(filter, page);
    }

    private FollowUpTask visible(Actor actor, String id) {
        return commands.find(id).filter(t -> FollowUpKind.FOLLOW_UP.canSee(actor, t))
                .orElseThrow(() -> commands.notFound(id));
    }

    /** A call's recordings lie in the visit's folder, under the call. */
    static String recordingPrefix(FollowUpTask task, String callId) {
        return FileKind.CALL_RECORDING.prefix(task.visitCode()) + callId + "/";
    }
}
