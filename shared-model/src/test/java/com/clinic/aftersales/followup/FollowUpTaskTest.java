package com.clinic.aftersales.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.aftersales.followup.FollowUpForms.RecordingForm;
import com.clinic.journey.Files.Landed;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * C-22: a call still open after its day shows as late; calls are recorded and their recordings linked once; the
 * care note comes after a call and completes the task; a cancelled task is neither called nor noted.
 */
class FollowUpTaskTest {
    static final StaffRef CHEN = new StaffRef("a1", "陈售后");
    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    static FollowUpTask task() {
        return FollowUpTask.raise("V261123-AAAAA1", 7, LocalDate.of(2026, 11, 24), List.of("双眼皮"), AT, "张丽",
                "13912345678", CHEN, AT).after();
    }

    @Test
    void anOpenCallIsLateTheDayAfterItsDay() {
        FollowUpTask t = task();
        assertEquals(LocalDate.of(2026, 12, 1), t.dueDate());
        assertEquals("V261123-AAAAA1-D07", t.id());
        assertFalse(t.lateOn(LocalDate.of(2026, 12, 1)), "on its day");
        assertTrue(t.lateOn(LocalDate.of(2026, 12, 2)));
        assertFalse(t.cancel(CHEN, AT).orThrow().after().lateOn(LocalDate.of(2026, 12, 9)));
    }

    @Test
    void theCareNoteComesAfterACallAndCompletesTheTask() {
        FollowUpTask t = task();
        Refused first = assertThrows(Refused.class, () -> t.writeCareNote("恢复良好", CHEN, AT).orThrow());
        assertTrue(first.getMessage().contains("call the customer first"));
        FollowUpTask called = t.startCall(CHEN, AT).orThrow().after();
        assertEquals("V261123-AAAAA1-D07-C1", called.calls().get(0).id());
        FollowUpTask done = called.writeCareNote("恢复良好", CHEN, AT.plusSeconds(60)).orThrow().after();
        assertEquals(FollowUpTask.Status.DONE, done.status());
        assertFalse(done.lateOn(LocalDate.of(2026, 12, 9)), "a done call is never late");
        assertEquals(3, done.version());
        assertThrows(Refused.class, () -> done.writeCareNote("再写一次", CHEN, AT).orThrow(), "one note a day");
    }

    @Test
    void aRecordingIsLinkedToItsCallOnce() {
        FollowUpTask called = task().startCall(CHEN, AT).orThrow().after();
        assertNull(called.calls().get(0).recording());
        Landed file = new Landed("visits/V261123-AAAAA1/calls/V261123-AAAAA1-D07-C1/r.mp3", 48_000);
        FollowUpTask linked = called.linkRecording("V261123-AAAAA1-D07-C1", file, 95, CHEN, AT).orThrow().after();
        assertEquals(95, linked.calls().get(0).recording().durationSeconds());
        assertEquals(CHEN, linked.calls().get(0).caller(), "who called");
        assertThrows(Refused.class, () -> linked.linkRecording("V261123-AAAAA1-D07-C1", file, 95, CHEN, AT)
                .orThrow());
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> called.linkRecording("X-C9", file, 95, CHEN, AT)
                .orThrow());
        assertEquals("callId", unknown.errors().get(0).field());
    }

    @Test
    void aCancelledTaskIsNotCalledAndComesBackOpen() {
        FollowUpTask cancelled = task().cancel(CHEN, AT).orThrow().after();
        assertThrows(Refused.class, () -> cancelled.startCall(CHEN, AT).orThrow());
        assertThrows(Refused.class, () -> cancelled.cancel(CHEN, AT).orThrow());
        assertEquals(FollowUpTask.Status.OPEN, cancelled.reopen(CHEN, AT).orThrow().after().status());
    }

    @Test
    void aRecordingFormNamesItsBadFields() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new RecordingForm("visits/OTHER/x.mp3", "0")
                .validate("visits/V261123-AAAAA1/calls/C1/"));
        assertEquals(List.of("key", "durationSeconds"), e.errors().stream().map(f -> f.field()).toList());
        InvalidInput missing = assertThrows(InvalidInput.class, () -> new RecordingForm(null, null)
                .validate("visits/V261123-AAAAA1/calls/C1/"));
        assertEquals(List.of("key", "durationSeconds"), missing.errors().stream().map(f -> f.field()).toList());
    }
}
