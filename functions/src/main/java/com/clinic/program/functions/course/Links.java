package com.clinic.program.functions.course;

import com.clinic.platform.port.FileStore.Presigned;
import com.clinic.platform.views.UploadView;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Files as download links, each valid for a few minutes. */
@Serdeable
public record Links(List<UploadView.Link> files) {
    static Links of(List<Presigned> files) {
        return new Links(files.stream().map(UploadView.Link::of).toList());
    }
}
