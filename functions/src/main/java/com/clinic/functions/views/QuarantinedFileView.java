package com.clinic.functions.views;

import com.clinic.model.ShanghaiTime;
import com.clinic.model.exam.QuarantinedFile;
import io.micronaut.serde.annotation.Serdeable;

/** An exam upload that named no known visit. */
@Serdeable
public record QuarantinedFileView(String key, long size, String reason, String at) {
    public static QuarantinedFileView of(QuarantinedFile f) {
        return new QuarantinedFileView(f.key(), f.size(), f.reason(), ShanghaiTime.show(f.at()));
    }
}
