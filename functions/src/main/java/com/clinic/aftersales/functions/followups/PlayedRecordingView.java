package com.clinic.aftersales.functions.followups;

import com.clinic.platform.views.PlaybackView;
import com.clinic.platform.views.UploadView;
import io.micronaut.serde.annotation.Serdeable;

/** A call recording's playback record and the link it was issued with. */
@Serdeable
public record PlayedRecordingView(PlaybackView playback, UploadView.Link recording) {
}
