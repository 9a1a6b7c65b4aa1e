package com.clinic.model.exam;

import java.time.Instant;

/** An uploaded exam file whose key names no known visit: kept, listed for the lab, never dropped. */
public record QuarantinedFile(String key, long size, String reason, Instant at) {
}
