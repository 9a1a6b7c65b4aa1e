package com.clinic.aftersales.records;

import com.clinic.journey.Files;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitRecords;
import com.clinic.journey.VisitRecords.PlaybackEntry;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitPart;
import com.clinic.platform.Actor;
import com.clinic.platform.Refused;
import com.clinic.platform.port.FileStore.Presigned;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import java.time.Instant;

/**
 * C-29 播放记录: a consultation video is played only through a link issued together with its playback record (who,
 * when, which visit's video) — the record is stored first, so no link exists without one. A retried request (same
 * Idempotency-Key) is the same playback: one record, a fresh link.
 */
public final class VideoPlaybacks {
    private final VisitCommands visits;
    private final VisitRecords records;
    private final Files files;
    private final IdGenerator ids;

    public VideoPlaybacks(VisitCommands visits, VisitRecords records, Files files, IdGenerator ids) {
        this.visits = visits;
        this.records = records;
        this.files = files;
        this.ids = ids;
    }

    /** The playback as recorded and the short-lived link to the video. */
    public record Played(PlaybackEntry playback, Presigned link) {
    }

    public Played play(Actor actor, String code, IdempotencyKey key) {
        Visit v = visits.visible(actor, code, VisitPart.CONSULTATION);
        if (v.consultation() == null || v.consultation().videoKey() == null) {
            throw new Refused("this visit has no consultation video yet");
        }
        Instant now = visits.now();
        String id = key == null ? ids.newId() : key.recordId(code);
        PlaybackEntry stored = records.recordPlayback(new PlaybackEntry(id, v.code(), v.customer().name(),
                actor.ref(), now, null));
        return new Played(stored, files.download(v.consultation().videoKey()));
    }
}
