package com.clinic.aftersales.followup;

import com.clinic.aftersales.RecordFilter;
import com.clinic.aftersales.followup.FollowUpTask.Call;
import com.clinic.aftersales.followup.FollowUpTask.CareNote;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;

/** The follow-up lists: the open call queue, and the care notes and calls across tasks (C-23, C-30). */
public interface FollowUps {
    /** Open tasks, earliest due first: all owners', or one owner's. */
    Page<FollowUpTask> open(String ownerId, PageRequest page);

    /** C-23 关怀记录: care notes, newest first. */
    Page<CareNoteEntry> careNotes(RecordFilter filter, PageRequest page);

    /** C-30 通话记录: follow-up calls with their recordings, newest first. */
    Page<CallEntry> calls(RecordFilter filter, PageRequest page);

    /** A care note with the task it completed. */
    record CareNoteEntry(String taskId, String visitCode, int day, String customerName, String phone,
                         CareNote note) {
    }

    /** A call with the task it was made for. */
    record CallEntry(String taskId, String visitCode, int day, String customerName, String phone, Call call) {
    }
}
