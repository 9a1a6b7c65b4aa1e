package com.clinic.aftersales.followup;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;

/** The after-sales follow-up queue. */
public interface FollowUps {
    /** Stores the task once; false when the same visit and day already has one (a timer that fired twice). */
    boolean create(FollowUpTask task);

    /** Open tasks, earliest due first; all owners, or one owner's. */
    Page<FollowUpTask> open(String ownerId, PageRequest page);

    /** A rejected journey: its open tasks leave the queues (CANCELLED). Running it again changes nothing. */
    void cancelOpen(String visitCode);

    /** A restored journey: its cancelled tasks are open again. Running it again changes nothing. */
    void reopen(String visitCode);
}
