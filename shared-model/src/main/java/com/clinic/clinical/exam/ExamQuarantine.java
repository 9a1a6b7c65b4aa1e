package com.clinic.clinical.exam;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import java.util.Optional;

/** Exam files that could not be matched to a visit. */
public interface ExamQuarantine {
    /** Keeps an unmatched file; the same file reported again keeps its one entry. */
    void keep(QuarantinedFile file);

    /** The open entries, oldest first. */
    Page<QuarantinedFile> list(PageRequest page);

    Optional<QuarantinedFile> find(String id);

    /** Closes an open entry; false when it was closed meanwhile. */
    boolean resolve(QuarantinedFile resolved);
}
