package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/**
 * The recorded reception (C-11): the session the recording software shows (consultant, customer, visit code)
 * and, once uploaded, the video.
 */
public record Consultation(String sessionId, StaffRef consultant, Instant startedAt, String videoKey,
                           Instant videoAttachedAt) {

    /** The folder of this session's video; every upload gets its own key under it. */
    public static String videoFolder(String visitCode, String sessionId) {
        return "visits/" + visitCode + "/consultation/" + sessionId + "/";
    }
}
