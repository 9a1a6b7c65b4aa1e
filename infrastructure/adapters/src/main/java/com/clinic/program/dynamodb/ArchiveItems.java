package com.clinic.program.dynamodb;

import com.clinic.program.ArchiveStatus;
import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.ItemMapping;
import com.clinic.program.archive.Archives;
import com.clinic.program.archive.HealthArchive;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code ARCHIVE#<programId> / ARCHIVE}: the health archive (sensitive: read only through {@link Archives}, which
 * logs each read); its read log lies beside it, {@code READ#<at>#<uuid>}, newest first.
 */
public final class ArchiveItems {
    private ArchiveItems() {
    }

    public static final ItemMapping<HealthArchive> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("ARCHIVE#" + id, "ARCHIVE");
        }

        @Override
        public Map<String, AttributeValue> toItem(HealthArchive a) {
            Attrs.Item it = item().put("pk", "ARCHIVE#" + a.programId()).put("sk", "ARCHIVE").put("type", "ARCHIVE")
                    .put("programId", a.programId()).put("customerId", a.customerId())
                    .put("status", a.status().name()).put("submittedAt", a.submittedAt())
                    .putList("reviews", maps(a.reviews(), r -> item().put("by", r.by())
                            .put("reviewer", staff(r.reviewer())).put("passed", r.passed()).put("reason", r.reason())
                            .put("at", r.at()).build()))
                    .put("version", a.version());
            HealthArchive.Assessment m = a.assessment();
            if (m != null) {
                it.put("assessment", item().put("heightCm", m.heightCm()).put("weightKg", m.weightKg())
                        .put("systolicMmHg", m.systolicMmHg()).put("diastolicMmHg", m.diastolicMmHg())
                        .put("fastingGlucoseMmolL", m.fastingGlucoseMmolL()).put("waistCm", m.waistCm())
                        .put("age", m.age()).build());
                HealthArchive.Questionnaire q = a.questionnaire();
                it.put("questionnaire", item().putStrings("history", q.history())
                        .putStrings("medication", q.medication()).putStrings("allergies", q.allergies())
                        .put("goals", q.goals()).put("sleepHours", q.sleepHours())
                        .put("exerciseDaysPerWeek", q.exerciseDaysPerWeek()).put("smokes", q.smokes())
                        .put("drinks", q.drinks()).build());
            }
            return it.build();
        }

        @Override
        public HealthArchive fromItem(Map<String, AttributeValue> i) {
            HealthArchive.Assessment m = null;
            HealthArchive.Questionnaire q = null;
            if (i.containsKey("assessment")) {
                Map<String, AttributeValue> a = map(i, "assessment");
                m = new HealthArchive.Assessment(num(a, "heightCm").intValue(), decimal(a, "weightKg"),
                        num(a, "systolicMmHg").intValue(), num(a, "diastolicMmHg").intValue(),
                        a.containsKey("fastingGlucoseMmolL") ? decimal(a, "fastingGlucoseMmolL") : null,
                        a.containsKey("waistCm") ? num(a, "waistCm").intValue() : null,
                        a.containsKey("age") ? num(a, "age").intValue() : null);
                Map<String, AttributeValue> x = map(i, "questionnaire");
                q = new HealthArchive.Questionnaire(Attrs.strings(x, "history"), Attrs.strings(x, "medication"),
                        Attrs.strings(x, "allergies"), str(x, "goals"), num(x, "sleepHours").intValue(),
                        num(x, "exerciseDaysPerWeek").intValue(), x.get("smokes").bool(), x.get("drinks").bool());
            }
            return new HealthArchive(str(i, "programId"), str(i, "customerId"),
                    ArchiveStatus.valueOf(str(i, "status")), m, q, objects(i, "reviews",
                    r -> new HealthArchive.Review(str(r, "by"), staff(map(r, "reviewer")), r.get("passed").bool(),
                            str(r, "reason"), instant(r, "at"))), instant(i, "submittedAt"), num(i, "version"));
        }
    };

    private static double decimal(Map<String, AttributeValue> m, String name) {
        return Double.parseDouble(m.get(name).n());
    }

    /** The read log beside each archive. */
    public static Archives.ReadLog readLog(ClinicTable table) {
        return new Archives.ReadLog() {
            @Override
            public void record(Archives.ArchiveRead read) {
                table.putIfAbsent(item().put("pk", "ARCHIVE#" + read.programId())
                        .put("sk", "READ#" + read.at() + "#" + UUID.randomUUID()).put("type", "ARCHIVEREAD")
                        .put("programId", read.programId()).put("reader", staff(read.reader()))
                        .putStrings("roles", read.roles()).put("at", read.at()).build());
            }

            @Override
            public Page<Archives.ArchiveRead> reads(String programId, PageRequest page) {
                return table.query(null, "pk", "ARCHIVE#" + programId, new ClinicTable.Range("READ#", "READ#~"), page,
                        false, i -> new Archives.ArchiveRead(str(i, "programId"), staff(map(i, "reader")),
                                Attrs.strings(i, "roles"), instant(i, "at")));
            }
        };
    }
}
