package com.clinic.journey.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.journey.VisitRecords;
import com.clinic.platform.Names;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The lists across visits ({@link VisitItems} entries and playback records), by month on gsi1 and, for the
 * visitors, by mobile on gsi2 and normalised name on gsi3; newest first.
 */
public final class DynamoVisitRecords implements VisitRecords {
    /** {@code PLAYBACK#<id> / PLAYBACK}: a playback record (C-29), listed on gsi1 by Shanghai month. */
    private static final String PLAYBACK = "PLAYBACK#";
    private static final String PLAYBACKS = "PLAYBACKS#";
    /** {@code VISIT#<code> / COMPANION#<id>}: a person who came with the customer (C-30), on gsi1 by month. */
    private static final String COMPANION = "COMPANION#";
    private static final String COMPANIONS = "COMPANIONS#";

    private final ClinicTable table;

    public DynamoVisitRecords(ClinicTable table) {
        this.table = table;
    }

    @Override
    public Page<VisitorEntry> visitors(VisitorQuery q, PageRequest page) {
        if (q.phone() != null) {
            return table.query("gsi2", "gsi2pk", VisitItems.VISITORS + "PHONE#" + q.phone(), page, false,
                    VisitItems::visitorEntry);
        }
        if (q.name() != null) {
            return table.query("gsi3", "gsi3pk", VisitItems.VISITORS + "NAME#" + Names.normalised(q.name()), page,
                    false, VisitItems::visitorEntry);
        }
        return table.query("gsi1", "gsi1pk", VisitItems.visitorsPartition(q.month()), page, false,
                VisitItems::visitorEntry);
    }

    @Override
    public Optional<VisitorEntry> visitor(String code) {
        Map<String, AttributeValue> i = table.client().getItem(b -> b.tableName(table.name()).consistentRead(true)
                .key(Attrs.key(VisitItems.pk(code), VisitItems.VISITOR))).item();
        return i == null || i.isEmpty() ? Optional.empty() : Optional.of(VisitItems.visitorEntry(i));
    }

    @Override
    public Page<AdmissionEntry> admissionsIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", VisitItems.admissionsPartition(month), page, false,
                VisitItems::admissionEntry);
    }

    @Override
    public PlaybackEntry recordPlayback(PlaybackEntry p) {
        return putOnce(item().put("pk", PLAYBACK + p.id()).put("sk", "PLAYBACK").put("type", "PLAYBACK")
                .put("id", p.id()).put("code", p.visitCode()).put("customerName", p.customerName())
                .put("viewer", staff(p.viewer())).put("at", p.at()).put("callId", p.callId())
                .put("gsi1pk", PLAYBACKS + YearMonth.from(ShanghaiTime.dateOf(p.at())))
                .put("gsi1sk", p.at() + "#" + p.id()).build(), p, DynamoVisitRecords::playback);
    }

    @Override
    public Page<PlaybackEntry> playbacksIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", PLAYBACKS + month, page, false, DynamoVisitRecords::playback);
    }

    @Override
    public CompanionEntry recordCompanion(CompanionEntry c) {
        return putOnce(item().put("pk", VisitItems.pk(c.visitCode())).put("sk", COMPANION + c.id())
                .put("type", "COMPANION").put("id", c.id()).put("code", c.visitCode())
                .put("customerName", c.customerName()).put("name", c.name()).put("relation", c.relation())
                .put("phone", c.phone()).put("by", staff(c.by())).put("at", c.at())
                .put("gsi1pk", COMPANIONS + YearMonth.from(ShanghaiTime.dateOf(c.at())))
                .put("gsi1sk", c.at() + "#" + c.id()).build(), c, DynamoVisitRecords::companion);
    }

    @Override
    public Page<CompanionEntry> companionsIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", COMPANIONS + month, page, false, DynamoVisitRecords::companion);
    }

    /** Writes a record that is never changed, once: a second write of its id answers the first. */
    private <T> T putOnce(Map<String, AttributeValue> item, T record, Function<Map<String, AttributeValue>, T> read) {
        if (table.putIfAbsent(item)) {
            return record;
        }
        return read.apply(table.client().getItem(b -> b.tableName(table.name()).consistentRead(true)
                .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))).item());
    }

    private static CompanionEntry companion(Map<String, AttributeValue> i) {
        return new CompanionEntry(str(i, "id"), str(i, "code"), str(i, "customerName"), str(i, "name"),
                str(i, "relation"), str(i, "phone"), staff(map(i, "by")), instant(i, "at"));
    }

    private static PlaybackEntry playback(Map<String, AttributeValue> i) {
        return new PlaybackEntry(str(i, "id"), str(i, "code"), str(i, "customerName"), staff(map(i, "viewer")),
                instant(i, "at"), str(i, "callId"));
    }

    @Override
    public Page<VideoEntry> videosIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", VisitItems.videosPartition(month), page, false, VisitItems::videoEntry);
    }
}
