package com.clinic.journey;

import com.clinic.platform.port.FileStore.Presigned;

/** Where and how the client uploads a file, and the key to register it with afterwards. */
public record UploadTicket(String key, Presigned upload) {
}
