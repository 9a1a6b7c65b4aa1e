package com.clinic.platform.s3;

import com.clinic.platform.port.FileStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The private files bucket. Uploads are presigned with the content type, the exact length and server-side
 * encryption among the signed headers, so the client cannot send another kind, size or an unencrypted file.
 * Files the system makes (printed PDFs) go up the same way: a presigned PUT sent with the SDK's HTTP client. The
 * S3 client is needed only to ask whether a file landed, and building it (about 1,100 classes with its upload
 * path, against 700 for presigning) was the largest part of the print worker's cold start.
 */
public final class S3FileStore implements FileStore {
    /** Presigned URLs live minutes: long enough to take a photo and upload it, short enough not to leak. */
    public static final Duration MAX_VALIDITY = Duration.ofMinutes(15);

    /** A system file's upload is sent at once: its URL needs to live only as long as the request. */
    static final Duration OWN_UPLOAD = Duration.ofMinutes(1);

    private final Supplier<S3Client> s3;
    private final Supplier<S3Presigner> presigner;
    private final Supplier<SdkHttpClient> http;
    private final String bucket;

    /** The clients are asked for on first use, so functions that touch no file never build them. */
    public S3FileStore(Supplier<S3Client> s3, Supplier<S3Presigner> presigner, Supplier<SdkHttpClient> http,
                       String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.http = http;
        this.bucket = bucket;
    }

    /**
     * The checksum is signed in too: S3 refuses any other bytes (BadDigest), so the URL, while it lives, can only
     * ever write the file it was issued for; a registered file cannot be replaced through it.
     */
    @Override
    public Presigned presignUpload(String key, String contentType, long contentLength, String md5,
                                   Duration validFor) {
        PresignedPutObjectRequest p = presigner.get().presignPutObject(b -> b.signatureDuration(cap(validFor))
                .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(contentType)
                        .contentLength(contentLength).contentMD5(md5)
                        .serverSideEncryption(ServerSideEncryption.AES256)));
        return new Presigned(toUri(p.url()), "PUT", headers(p.signedHeaders()), p.expiration());
    }

    @Override
    public Presigned presignDownload(String key, Duration validFor) {
        PresignedGetObjectRequest p = presigner.get().presignGetObject(b -> b.signatureDuration(cap(validFor))
                .getObjectRequest(o -> o.bucket(bucket).key(key)));
        return new Presigned(toUri(p.url()), "GET", Map.of(), p.expiration());
    }

    /**
     * Signed as a client's upload is (type, length, checksum, encryption), so S3 stores exactly these bytes. A
     * refusal or a lost connection is thrown: the caller's queue message is then delivered again.
     */
    @Override
    public void put(String key, byte[] content, String contentType) {
        Presigned upload = presignUpload(key, contentType, content.length, md5(content), OWN_UPLOAD);
        SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder().method(SdkHttpMethod.PUT)
                .uri(upload.url());
        upload.headers().forEach(request::putHeader);
        try {
            HttpExecuteResponse answer = http.get().prepareRequest(HttpExecuteRequest.builder()
                    .request(request.build()).contentStreamProvider(() -> new ByteArrayInputStream(content))
                    .build()).call();
            if (answer.responseBody().isPresent()) {
                answer.responseBody().get().close();
            }
            if (!answer.httpResponse().isSuccessful()) {
                throw new IllegalStateException("S3 refused " + key + ": HTTP "
                        + answer.httpResponse().statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("upload of " + key + " failed", e);
        }
    }

    private static String md5(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Listed rather than headed: a function may then be granted {@code s3:ListBucket} only under its own prefix
     * ({@code s3:prefix}), and needs no {@code s3:GetObject} on files it only checks for.
     */
    @Override
    public Optional<Long> size(String key) {
        return s3.get().listObjectsV2(b -> b.bucket(bucket).prefix(key).maxKeys(1)).contents().stream()
                .filter(o -> o.key().equals(key)).map(S3Object::size).findFirst();
    }

    /**
     * Every version and delete marker under the prefix, deleted by version id: in a versioned bucket a plain delete
     * only hides the file behind a marker, and the old versions would stay readable until the lifecycle expires them.
     */
    @Override
    public int eraseAll(String prefix) {
        Set<String> files = new HashSet<>();
        for (ListObjectVersionsResponse page : s3.get().listObjectVersionsPaginator(b -> b.bucket(bucket)
                .prefix(prefix))) {
            List<ObjectIdentifier> ids = new ArrayList<>();
            page.versions().forEach(v -> {
                files.add(v.key());
                ids.add(ObjectIdentifier.builder().key(v.key()).versionId(v.versionId()).build());
            });
            page.deleteMarkers().forEach(m -> ids.add(ObjectIdentifier.builder().key(m.key()).versionId(m.versionId())
                    .build()));
            if (!ids.isEmpty()) {
                s3.get().deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(ids).quiet(true)));
            }
        }
        return files.size();
    }

    private static Duration cap(Duration d) {
        return d.compareTo(MAX_VALIDITY) > 0 ? MAX_VALIDITY : d;
    }

    /** The headers the client must send with the URL ({@code host} is set by any HTTP client itself). */
    private static Map<String, String> headers(Map<String, List<String>> signed) {
        Map<String, String> out = new LinkedHashMap<>();
        signed.forEach((name, values) -> {
            if (!"host".equalsIgnoreCase(name)) {
                out.put(name, String.join(",", values));
            }
        });
        return out;
    }

    private static java.net.URI toUri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
