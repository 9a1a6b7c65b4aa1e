package com.clinic.program;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;

/** The program lists: the work queues by stage, the overdue, a customer's own. */
public interface ProgramList {
    /** Programs at a stage, oldest first (a work queue). */
    Page<Program> atStage(Program.Stage stage, PageRequest page);

    /** Programs with a deadline reported overdue and still undone, the longest overdue first. */
    Page<Program> overdue(PageRequest page);

    /** A customer's own programs, newest order first. */
    Page<Program> ofCustomer(String customerId, PageRequest page);
}
