package com.clinic.platform.views;

import com.clinic.clinical.files.ClinicalFilesService.ViewedFile;
import com.clinic.platform.ShanghaiTime;
import io.micronaut.serde.annotation.Serdeable;

/** A stored file of a visit with a short-lived download link. */
@Serdeable
public record FileView(String key, String contentType, long size, String at, UploadView.Link download) {
    public static FileView of(ViewedFile f) {
        return new FileView(f.key(), f.contentType(), f.size(), ShanghaiTime.show(f.at()),
                UploadView.Link.of(f.download()));
    }
}
