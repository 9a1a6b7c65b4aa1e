package com.clinic.platform.views;

import com.clinic.journey.VisitRecords.PlaybackEntry;
import com.clinic.platform.ShanghaiTime;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A playback record (C-29): who played which visit's consultation video, or which follow-up call's recording
 * ({@code callId}, C-30), and when (Asia/Shanghai).
 */
@Serdeable
public record PlaybackView(String id, String visitCode, String customerName, StaffView.Ref viewer, String at,
                           String callId) {
    public static PlaybackView of(PlaybackEntry e) {
        return new PlaybackView(e.id(), e.visitCode(), e.customerName(), StaffView.Ref.of(e.viewer()),
                ShanghaiTime.show(e.at()), e.callId());
    }
}
