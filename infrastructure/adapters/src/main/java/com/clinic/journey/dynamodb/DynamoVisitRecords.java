package com.clinic.journey.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.journey.VisitRecords;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import java.time.YearMonth;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The lists across visits by month ({@link VisitItems} entries and playback records on gsi1), newest first. */
public final class DynamoVisitRecords implements VisitRecords {
    /** {@code PLAYBACK#<id> / PLAYBACK}: a playback record (C-29), listed on gsi1 by Shanghai month. */
    private static final String PLAYBACK = "PLAYBACK#";

    private final ClinicTable table;

    public DynamoVisitRecords(ClinicTable table) {
        this.table = table;
    }

    @Override
    public Page<AdmissionEntry> admissionsIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", VisitItems.admissionsPartition(month), page, false,
                VisitItems::admissionEntry);
    }

    @Override
    public PlaybackEntry recordPlayback(PlaybackEntry p) {
        Map<String, AttributeValue> item = item().put("pk", PLAYBACK + p.id()).put("sk", "PLAYBACK")
                .put("type", "PLAYBACK").put("id", p.id()).put("code", p.visitCode())
                .put("customerName", p.customerName()).put("viewer", staff(p.viewer())).put("at", p.at())
                .put("gsi1pk", "PLAYBACKS#" + YearMonth.from(ShanghaiTime.dateOf(p.at())))
                .put("gsi1sk", p.at() + "#" + p.id()).build();
        if (table.putIfAbsent(item)) {
            return p;
        }
        return playback(table.client().getItem(b -> b.tableName(table.name()).consistentRead(true)
                .key(Attrs.key(PLAYBACK + p.id(), "PLAYBACK"))).item());
    }

    @Override
    public Page<PlaybackEntry> playbacksIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", "PLAYBACKS#" + month, page, false, DynamoVisitRecords::playback);
    }

    private static PlaybackEntry playback(Map<String, AttributeValue> i) {
        return new PlaybackEntry(str(i, "id"), str(i, "code"), str(i, "customerName"), staff(map(i, "viewer")),
                instant(i, "at"));
    }

    @Override
    public Page<VideoEntry> videosIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", VisitItems.videosPartition(month), page, false, VisitItems::videoEntry);
    }
}
