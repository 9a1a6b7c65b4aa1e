package com.clinic.journey;

import com.clinic.journey.visit.Forms.FileForm;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Check;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.port.FileStore;
import com.clinic.platform.port.FileStore.Presigned;
import com.clinic.platform.port.IdGenerator;
import java.time.Duration;

/** Presigned uploads and downloads of a visit's files, and the check that an upload really landed. */
public final class Files {
    /** Long enough to take a photo and send it from a phone, short enough not to leak. */
    public static final Duration UPLOAD_WINDOW = Duration.ofMinutes(15);
    public static final Duration DOWNLOAD_WINDOW = Duration.ofMinutes(10);

    private final FileStore store;
    private final IdGenerator ids;

    public Files(FileStore store, IdGenerator ids) {
        this.store = store;
        this.ids = ids;
    }

    /** A presigned upload of a new file of the visit, under a fresh key. */
    public UploadTicket upload(String visitCode, FileKind kind, UploadForm form) {
        return uploadUnder(kind.prefix(visitCode), kind, form);
    }

    /** A presigned upload of a new file under a given folder (a consultation's session), under a fresh key. */
    public UploadTicket uploadUnder(String prefix, FileKind kind, UploadForm form) {
        UploadForm valid = Check.body(form).validate(kind);
        return presign(prefix + ids.newId() + FileKind.extension(valid.contentType()), valid);
    }

    private UploadTicket presign(String key, UploadForm valid) {
        return new UploadTicket(key, store.presignUpload(key, valid.contentType(), valid.bytes(), valid.md5(),
                UPLOAD_WINDOW));
    }

    /** The key a client registers after uploading, checked to lie in the visit's folder for that kind. */
    public static String key(String visitCode, FileKind kind, FileForm form) {
        return Check.body(form).validate(kind.prefix(visitCode));
    }

    /**
     * The file under the key, which must be in the bucket. Asked inside the command, once the visit is read and
     * known to be the caller's business, so nobody learns about a visit's files from it.
     */
    public Landed landed(String key) {
        return landed(key, "key");
    }

    /** The same, naming the request's field that gave the key when it is not there. */
    public Landed landed(String key, String field) {
        long size = store.size(key).orElseThrow(() -> InvalidInput.of(field, "no file was uploaded under this key"));
        return new Landed(key, size);
    }

    /** Stores a file the system made (a printed PDF). */
    public void put(String key, byte[] content, String contentType) {
        store.put(key, content, contentType);
    }

    public Presigned download(String key) {
        return store.presignDownload(key, DOWNLOAD_WINDOW);
    }

    /** A file that is in the bucket. */
    public record Landed(String key, long size) {
    }
}
