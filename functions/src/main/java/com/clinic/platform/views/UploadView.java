package com.clinic.platform.views;

import com.clinic.journey.UploadTicket;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.port.FileStore.Presigned;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** A presigned upload: PUT the file to {@code url} with exactly these headers, then register {@code key}. */
@Serdeable
public record UploadView(String key, String url, String method, Map<String, String> headers, String expiresAt) {
    public static UploadView of(UploadTicket t) {
        return new UploadView(t.key(), t.upload().url().toString(), t.upload().method(), t.upload().headers(),
                ShanghaiTime.show(t.upload().expiresAt()));
    }

    /** A presigned download link. */
    @Serdeable
    public record Link(String url, String expiresAt) {
        public static Link of(Presigned p) {
            return p == null ? null : new Link(p.url().toString(), ShanghaiTime.show(p.expiresAt()));
        }
    }
}
