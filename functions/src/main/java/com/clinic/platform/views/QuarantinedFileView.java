package com.clinic.platform.views;

import com.clinic.clinical.exam.QuarantinedFile;
import com.clinic.platform.ShanghaiTime;
import io.micronaut.serde.annotation.Serdeable;

/** An exam upload that named no known visit, and how it was closed (attached to a visit, or discarded). */
@Serdeable
public record QuarantinedFileView(String id, String key, long size, String reason, String at, String status,
                                  String resolution, StaffView.Ref resolvedBy, String resolvedAt) {
    public static QuarantinedFileView of(QuarantinedFile f) {
        return new QuarantinedFileView(f.id(), f.key(), f.size(), f.reason(), ShanghaiTime.show(f.at()),
                f.status().name(), f.resolution(), StaffView.Ref.of(f.resolvedBy()), ShanghaiTime.show(f.resolvedAt()));
    }
}
