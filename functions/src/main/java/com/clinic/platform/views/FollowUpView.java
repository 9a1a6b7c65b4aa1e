package com.clinic.platform.views;

import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.aftersales.followup.FollowUps.CallEntry;
import com.clinic.aftersales.followup.FollowUps.CareNoteEntry;
import com.clinic.platform.ShanghaiTime;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A post-op follow-up call due on day 2, 7 or 15 (C-22): the customer, the operation, its calls and care note,
 * whether it is late (still open after its day) as of now, and its version (for If-Match).
 */
@Serdeable
public record FollowUpView(String id, String visitCode, int day, String operationDate, List<String> procedures,
                           String dueDate, String dueAt, String status, boolean late, String customerName,
                           String phone, StaffView.Ref owner, List<CallView> calls, CareNoteView careNote,
                           long version) {
    public static FollowUpView of(FollowUpTask t, Instant now) {
        return new FollowUpView(t.id(), t.visitCode(), t.day(), t.operationDate().toString(), t.procedures(),
                t.dueDate().toString(), ShanghaiTime.show(t.dueAt()), t.status().name(),
                t.lateOn(ShanghaiTime.dateOf(now)), t.customerName(), t.phone(), StaffView.Ref.of(t.owner()),
                t.calls().stream().map(CallView::of).toList(), CareNoteView.of(t.careNote()), t.version());
    }

    /** 拨打电话: who called and when; the recording's length once linked (played through its playback link). */
    @Serdeable
    public record CallView(String id, StaffView.Ref caller, String startedAt, boolean recorded,
                           Integer durationSeconds, Long bytes, String recordedAt) {
        static CallView of(FollowUpTask.Call c) {
            var r = c.recording();
            return new CallView(c.id(), StaffView.Ref.of(c.caller()), ShanghaiTime.show(c.startedAt()), r != null,
                    r == null ? null : r.durationSeconds(), r == null ? null : r.bytes(),
                    r == null ? null : ShanghaiTime.show(r.linkedAt()));
        }
    }

    /** 关怀说明: the day's note, by whom and when. */
    @Serdeable
    public record CareNoteView(String note, StaffView.Ref by, String at) {
        static CareNoteView of(FollowUpTask.CareNote n) {
            return n == null ? null : new CareNoteView(n.text(), StaffView.Ref.of(n.by()), ShanghaiTime.show(n.at()));
        }
    }

    /** A line of C-30 通话记录: a call with the follow-up it was made for. */
    @Serdeable
    public record CallLine(String followUpId, String visitCode, int day, String customerName, String phone,
                           CallView call) {
        public static CallLine of(CallEntry e) {
            return new CallLine(e.taskId(), e.visitCode(), e.day(), e.customerName(), e.phone(), CallView.of(e.call()));
        }
    }

    /** A line of C-23 关怀记录: a care note with the follow-up it completed. */
    @Serdeable
    public record CareNoteLine(String followUpId, String visitCode, int day, String customerName, String phone,
                               CareNoteView careNote) {
        public static CareNoteLine of(CareNoteEntry e) {
            return new CareNoteLine(e.taskId(), e.visitCode(), e.day(), e.customerName(), e.phone(),
                    CareNoteView.of(e.note()));
        }
    }
}
