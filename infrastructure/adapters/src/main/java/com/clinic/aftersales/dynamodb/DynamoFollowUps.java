package com.clinic.aftersales.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.aftersales.RecordFilter;
import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.aftersales.followup.FollowUps;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.ClinicTable;

/** The follow-up lists: the open queue ({@link FollowUpItems}' gsi1/gsi2) and the call and care-note entries. */
public final class DynamoFollowUps implements FollowUps {
    private final ClinicTable table;

    public DynamoFollowUps(ClinicTable table) {
        this.table = table;
    }

    @Override
    public Page<FollowUpTask> open(String ownerId, PageRequest page) {
        return ownerId == null
                ? table.query("gsi1", "gsi1pk", "FOLLOWUPS#OPEN", page, FollowUpItems.MAPPING::fromItem)
                : table.query("gsi2", "gsi2pk", "OWNER#" + ownerId, page, FollowUpItems.MAPPING::fromItem);
    }

    @Override
    public Page<CareNoteEntry> careNotes(RecordFilter filter, PageRequest page) {
        return RecordLists.query(table, FollowUpItems.CARE_NOTES, filter, page, i -> new CareNoteEntry(str(i, "id"),
                str(i, "visitCode"), num(i, "day").intValue(), str(i, "customerName"), str(i, "phone"),
                FollowUpItems.careNote(map(i, "careNote"))));
    }

    @Override
    public Page<CallEntry> calls(RecordFilter filter, PageRequest page) {
        return RecordLists.query(table, FollowUpItems.CALLS, filter, page, i -> new CallEntry(str(i, "id"),
                str(i, "visitCode"), num(i, "day").intValue(), str(i, "customerName"), str(i, "phone"),
                FollowUpItems.call(map(i, "call"))));
    }
}
