package com.clinic.aftersales.followup;

import com.clinic.journey.Files.Landed;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * C-22: a post-op call due on day 2, 7 or 15 after the operation, in its owner's after-sales queue. Its id is the
 * visit and the day ({@code V261123-7KQ3MX-D07}), so a timer that fires twice meets its own task. The after-sales
 * member calls the customer (each call recorded, its recording linked later by the recording system), then writes
 * the day's care note (关怀说明), which completes the task.
 */
public record FollowUpTask(String visitCode, int day, LocalDate operationDate, List<String> procedures,
                           LocalDate dueDate, Instant dueAt, Status status, String customerName, String phone,
                           StaffRef owner, Instant createdAt, List<Call> calls, CareNote careNote, long version)
        implements Aggregate {

    /** OPEN in the queue; DONE once its care note is written; CANCELLED while the journey is rejected. */
    public enum Status { OPEN, DONE, CANCELLED }

    /** T-01/T-02/T-03: the days after the operation a follow-up falls due. */
    public static final List<Integer> DAYS = List.of(2, 7, 15);

    /** 拨打电话: a call started by {@code caller}; its recording is linked once the recording system uploaded it. */
    public record Call(String id, StaffRef caller, Instant startedAt, Recording recording) {
    }

    /** The call's recording: where it lies, its size, how long the call lasted. */
    public record Recording(String key, long bytes, int durationSeconds, Instant linkedAt) {
    }

    /** 关怀说明: what the customer said and what they were told on the day's call. */
    public record CareNote(String text, StaffRef by, Instant at) {
    }

    public FollowUpTask {
        procedures = List.copyOf(procedures);
        calls = List.copyOf(calls);
    }

    public static String id(String visitCode, int day) {
        return visitCode + "-D" + String.format("%02d", day);
    }

    @Override
    public String id() {
        return id(visitCode, day);
    }

    /** T-01…T-03 fired: the day's task, open in the owner's queue. */
    public static Accepted<FollowUpTask, FollowUpEvent> raise(String visitCode, int day, LocalDate operationDate,
                                                             List<String> procedures, Instant dueAt,
                                                             String customerName, String phone, StaffRef owner,
                                                             Instant at) {
        FollowUpTask t = new FollowUpTask(visitCode, day, operationDate, procedures, operationDate.plusDays(day),
                dueAt, Status.OPEN, customerName, phone, owner, at, List.of(), null, 1);
        return new Accepted<>(t, new FollowUpEvent.FollowUpRaised(t.id(), owner, at, day,
                customerName));
    }

    /** C-22: an open call not made by the end of its day (Asia/Shanghai) shows as late. */
    public boolean lateOn(LocalDate today) {
        return status == Status.OPEN && dueDate.isBefore(today);
    }

    /** C-24 拒绝流程: an open task leaves the queues; a done one stays done. */
    public Decision<FollowUpTask, FollowUpEvent> cancel(StaffRef by, Instant at) {
        if (status != Status.OPEN) {
            return Decision.refuse("only an open follow-up is cancelled");
        }
        return new Accepted<>(with(Status.CANCELLED, calls, careNote), new FollowUpEvent.FollowUpCancelled(id(), by,
                at));
    }

    /** C-24 恢复流程: a cancelled task is open again. */
    public Decision<FollowUpTask, FollowUpEvent> reopen(StaffRef by, Instant at) {
        if (status != Status.CANCELLED) {
            return Decision.refuse("only a cancelled follow-up is reopened");
        }
        return new Accepted<>(with(Status.OPEN, calls, careNote), new FollowUpEvent.FollowUpReopened(id(), by,
                at));
    }

    /** 拨打电话: a new call record; a cancelled task (rejected journey) is not called. */
    public Decision<FollowUpTask, FollowUpEvent> startCall(StaffRef caller, Instant at) {
        if (status == Status.CANCELLED) {
            return Decision.refuse("this follow-up is cancelled: the customer's journey was rejected");
        }
        List<Call> next = new ArrayList<>(calls);
        Call call = new Call(id() + "-C" + (calls.size() + 1), caller, at, null);
        next.add(call);
        return new Accepted<>(with(status, next, careNote), new FollowUpEvent.FollowUpCallStarted(id(),
                caller, at, call.id()));
    }

    /** The recording system uploaded the call's recording: linked to it once, with the call's length. */
    public Decision<FollowUpTask, FollowUpEvent> linkRecording(String callId, Landed file, int durationSeconds,
                                                              StaffRef by, Instant at) {
        Optional<Call> call = call(callId);
        if (call.isEmpty()) {
            return Decision.invalid("callId", "this follow-up has no call " + callId);
        }
        if (call.get().recording() != null) {
            return Decision.refuse("the call " + callId + " already has its recording");
        }
        List<Call> next = calls.stream().map(c -> c.id().equals(callId)
                ? new Call(c.id(), c.caller(), c.startedAt(), new Recording(file.key(), file.size(),
                        durationSeconds, at)) : c).toList();
        return new Accepted<>(with(status, next, careNote), new FollowUpEvent.FollowUpRecordingLinked(
                id(), by, at, callId, durationSeconds));
    }

    /**
     * 关怀说明 (written after the call, as the manual orders it): the day's care note completes the task. Named
     * policy: a note needs a call made on this task, and there is one note per day.
     */
    public Decision<FollowUpTask, FollowUpEvent> writeCareNote(String text, StaffRef by, Instant at) {
        if (status != Status.OPEN) {
            return Decision.refuse(status == Status.DONE ? "this day's care note is written already"
                    : "this follow-up is cancelled: the customer's journey was rejected");
        }
        if (calls.isEmpty()) {
            return Decision.refuse("call the customer first (拨打电话), then write the care note");
        }
        return new Accepted<>(with(Status.DONE, calls, new CareNote(text, by, at)),
                new FollowUpEvent.FollowUpCareNoted(id(), by, at, day));
    }

    /** C-24: the customer's name as corrected on the visit, so the call lists show who is called. */
    public Decision<FollowUpTask, FollowUpEvent> rename(String name, StaffRef by, Instant at) {
        if (name.equals(customerName)) {
            return Decision.refuse("the name is as corrected already");
        }
        return new Accepted<>(new FollowUpTask(visitCode, day, operationDate, procedures, dueDate, dueAt, status, name,
                phone, owner, createdAt, calls, careNote, version + 1), new FollowUpEvent.FollowUpRenamed(id(), by, at,
                customerName, name));
    }

    public Optional<Call> call(String callId) {
        return calls.stream().filter(c -> c.id().equals(callId)).findFirst();
    }

    private FollowUpTask with(Status s, List<Call> c, CareNote note) {
        return new FollowUpTask(visitCode, day, operationDate, procedures, dueDate, dueAt, s, customerName, phone,
                owner, createdAt, c, note, version + 1);
    }
}
