package com.clinic.platform.port;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Private storage for photos, videos, contracts and printed PDFs. Files never pass through a function:
 * clients upload and download with short-lived presigned URLs.
 */
public interface FileStore {

    /**
     * A URL the client PUTs the file to: exactly {@code bytes} long, of the given content type, with the given
     * MD5 (base64, as in Content-MD5), so the URL cannot write anything but that file.
     */
    Presigned presignUpload(String key, String contentType, long bytes, String md5, Duration validFor);

    Presigned presignDownload(String key, Duration validFor);

    /** For files the system makes itself (printed PDFs). */
    void put(String key, byte[] content, String contentType);

    /** Size of a stored file, empty when absent. */
    Optional<Long> size(String key);

    /** Deletes every version of every file under the prefix (erasure); how many files there were. */
    int eraseAll(String prefix);

    record Presigned(URI url, String method, java.util.Map<String, String> headers, Instant expiresAt) {
    }
}
