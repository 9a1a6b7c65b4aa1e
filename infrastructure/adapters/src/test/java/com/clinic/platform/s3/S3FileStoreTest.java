package com.clinic.platform.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.aws.EmulatedAws;
import com.clinic.platform.port.FileStore.Presigned;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** Presigned uploads and downloads against s3proxy, which checks SigV4 signatures like S3. */
class S3FileStoreTest {
    static S3FileStore files;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        SdkHttpClient http = UrlConnectionHttpClient.create();
        files = new S3FileStore(EmulatedAws::s3, EmulatedAws::presigner, () -> http, EmulatedAws.ref("FilesBucket"));
    }

    static int put(Presigned p, byte[] body, String contentType, boolean withSse) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(p.url()).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        p.headers().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("content-length") && (withSse || !k.startsWith("x-amz-server-side"))
                    && !k.equalsIgnoreCase("content-type")) {
                b.header(k, v);
            }
        });
        b.header("Content-Type", contentType);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aPresignedUploadAcceptsExactlyTheSignedFileAndDownloadsBack() throws Exception {
        String key = "visits/V1/photos/" + UUID.randomUUID() + ".jpg";
        byte[] photo = "jpeg bytes".getBytes(StandardCharsets.UTF_8);
        Presigned up = files.presignUpload(key, "image/jpeg", photo.length, md5(photo), Duration.ofMinutes(5));
        assertEquals("PUT", up.method());
        assertEquals("AES256", up.headers().get("x-amz-server-side-encryption"));
        assertTrue(up.expiresAt().isBefore(Instant.now().plus(Duration.ofMinutes(6))));

        assertEquals(403, put(up, photo, "image/png", true), "another content type breaks the signature");
        assertEquals(403, put(up, photo, "image/jpeg", false), "the encryption header is signed");
        byte[] other = "JPEG BYTES".getBytes(StandardCharsets.UTF_8);
        assertEquals(400, put(up, other, "image/jpeg", true), "other bytes of the same length fail the checksum");
        assertEquals(200, put(up, photo, "image/jpeg", true));
        assertEquals(Optional.of((long) photo.length), files.size(key));
        assertEquals(400, put(up, other, "image/jpeg", true), "the registered file cannot be replaced by the URL");

        Presigned down = files.presignDownload(key, Duration.ofHours(3));
        assertTrue(down.expiresAt().isBefore(Instant.now().plus(S3FileStore.MAX_VALIDITY).plusSeconds(5)),
                "validity is capped");
        HttpResponse<byte[]> got = HTTP.send(HttpRequest.newBuilder(down.url()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertEquals("jpeg bytes", new String(got.body(), StandardCharsets.UTF_8));
    }

    static String md5(byte[] content) throws Exception {
        return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("MD5")
                .digest(content));
    }

    @Test
    void theBucketIsPrivateAndSystemFilesAreStored() throws Exception {
        String key = "prints/" + UUID.randomUUID() + ".pdf";
        files.put(key, new byte[] {'%', 'P', 'D', 'F'}, "application/pdf");
        assertEquals(Optional.of(4L), files.size(key));
        assertFalse(files.size("prints/none.pdf").isPresent());
        String unsigned = files.presignDownload(key, Duration.ofMinutes(1)).url().toString().replaceAll("\\?.*", "");
        assertEquals(403, HTTP.send(HttpRequest.newBuilder(java.net.URI.create(unsigned)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    /** A refused upload is an error (the print worker's message is then delivered again), never a silent loss. */
    @Test
    void aRefusedSystemFileIsAnError() {
        SdkHttpClient http = UrlConnectionHttpClient.create();
        S3FileStore elsewhere = new S3FileStore(EmulatedAws::s3, EmulatedAws::presigner, () -> http,
                "no-such-bucket-" + UUID.randomUUID());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> elsewhere.put("prints/x.pdf", new byte[] {'%'}, "application/pdf"));
        assertTrue(e.getMessage().contains("prints/x.pdf"), e.getMessage());
    }
}
