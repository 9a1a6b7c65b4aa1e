package com.clinic.platform.functions;

import com.clinic.clinical.exam.ExamQuarantine;
import com.clinic.clinical.exam.QuarantinedFile;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.port.FileStore;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records the events/ samples name: visits at the stages each sample needs (codes {@code <prefix>XXXXXX}),
 * their files, a print job and quarantined exam uploads. Seeded under another prefix, the same samples address a
 * twin set of records, so one test can use them without disturbing another.
 */
public final class SampleData {
    /** The prefix of the visit codes written in events/. */
    public static final String PREFIX = "V261123-";
    public static final Instant DAY = Instant.parse("2026-11-22T08:30:00Z");

    private SampleData() {
    }

    public static void seed(TestCloud cloud, String prefix) {
        Journeys j = new Journeys(cloud.context, DAY);
        Map<String, VisitStage> at = new LinkedHashMap<>();
        at.put(prefix + "A1B2C3", VisitStage.BOOKED);
        for (String code : List.of(prefix + "D4E5F6", prefix + "G7H8J9")) {
            at.put(code, VisitStage.DRIVER_ASSIGNED);
        }
        at.put(prefix + "H1J2K3", VisitStage.PICKED_UP);
        for (String code : List.of(prefix + "K2M4N6", prefix + "K2M4N7", prefix + "K2M4N8", prefix + "P3Q5R7",
                prefix + "R4S6T8", prefix + "L1M3N5")) {
            at.put(code, VisitStage.ARRIVED);
        }
        for (String code : List.of(prefix + "S8T9V1", prefix + "S8T9V2")) {
            at.put(code, VisitStage.TRIAGED);
        }
        for (String code : List.of(prefix + "W2X4Y6", prefix + "W2X4Y7")) {
            at.put(code, VisitStage.IN_CONSULTATION);
        }
        at.put(prefix + "Z3A5B7", VisitStage.PRICE_REVIEW);
        for (String code : List.of(prefix + "C8D9E1", prefix + "C8D9E2")) {
            at.put(code, VisitStage.PRICE_APPROVED);
        }
        for (String code : List.of(prefix + "F2G4H6", prefix + "J7K8M9")) {
            at.put(code, VisitStage.PAID);
        }
        at.put(prefix + "J7K8N1", VisitStage.ADMITTED);
        Map<String, Visit> seeded = new LinkedHashMap<>();
        at.forEach((code, stage) -> seeded.put(code, j.seed(code, stage)));
        j.apply(seeded.get(prefix + "F2G4H6"), v -> v.reviewPrices(Map.of(0, 1_200_000L), Journeys.STAFF, DAY));
        j.apply(seeded.get(prefix + "L1M3N5"), v -> v.reject("暂不手术", Journeys.STAFF, DAY));
        ExamQuarantine quarantine = cloud.context.getBean(ExamQuarantine.class);
        for (String key : List.of("exam-inbox/V261199-UNKNWN/blood.pdf", "exam-inbox/V261199-UNKNWN/urine.pdf")) {
            quarantine.keep(QuarantinedFile.of(key, 3, "no visit V261199-UNKNWN", DAY));
        }
        FileStore files = cloud.context.getBean(FileStore.class);
        for (String key : List.of("visits/" + prefix + "K2M4N7/photos/sample-front.jpg",
                "visits/" + prefix + "W2X4Y6/consultation/session-w2x4y6/3f2a9c1e.mp4",
                "visits/" + prefix + "C8D9E1/signed-sheet/sample-signed.pdf")) {
            files.put(key, new byte[] {1, 2, 3}, "application/octet-stream");
        }
        if (prefix.equals(PREFIX)) {
            cloud.context.getBean(PrintJobs.class).create(PrintJob.queued("4f6c2a9e-7d1b-4c3e-9a8f-1b2c3d4e5f60",
                    PrintKind.BARCODE_LABEL, prefix + "K2M4N6", Journeys.STAFF, DAY));
        }
    }
}
