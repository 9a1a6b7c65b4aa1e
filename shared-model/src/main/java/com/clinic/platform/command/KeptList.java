package com.clinic.platform.command;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;

/**
 * A list a role keeps for the others to pick from (customer levels, plan templates, partner carriers): one record,
 * its entries, who changed it last and when. A department names it; storage maps every such list alike.
 */
public interface KeptList<E> extends Aggregate {
    List<E> entries();

    StaffRef changedBy();

    Instant changedAt();
}
