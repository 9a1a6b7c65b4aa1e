package com.clinic.journey.dynamodb;

import com.clinic.journey.VisitRecords;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.ClinicTable;
import java.time.YearMonth;

/** The lists across visits by month ({@link VisitItems} entries on gsi1), newest first. */
public final class DynamoVisitRecords implements VisitRecords {
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
    public Page<VideoEntry> videosIn(YearMonth month, PageRequest page) {
        return table.query("gsi1", "gsi1pk", VisitItems.videosPartition(month), page, false, VisitItems::videoEntry);
    }
}
