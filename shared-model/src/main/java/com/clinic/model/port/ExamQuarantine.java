package com.clinic.model.port;

import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.exam.QuarantinedFile;

/** Exam files that could not be matched to a visit. */
public interface ExamQuarantine {
    void keep(QuarantinedFile file);

    Page<QuarantinedFile> list(PageRequest page);
}
