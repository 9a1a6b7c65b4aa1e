package com.clinic.office.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What erasure lets go and what it keeps (PIPL art. 47 with the medical-records and accounting rules): her
 * contact data and marketing source go, from every record; her photos, consultation videos, call recordings and
 * the photos she shared in her program go, every version; the medical and financial records stay, no longer
 * naming her (病历 at least 15 years, 会计档案 30 years: see docs/retention.md).
 */
public final class Erasure {
    /** The stored fields that hold only her marketing source: removed wherever they stand. */
    public static final Set<String> MARKETING = Set.of("source", "sourceBefore", "selfMedia");

    /** The fields her names stand in, and the maps whose {@code name} is hers (read before they are replaced). */
    public static final Set<String> NAME_FIELDS = Set.of("customerName", "recipient");
    public static final Set<String> PERSON_MAPS = Set.of("customer", "profile");

    /** Contact data other than her number and names: blanked wherever it stands. */
    public static final Set<String> CONTACT = Set.of("address", "notes");

    /**
     * The files of hers that go, by the kind of record they belong to ({@code {id}}: the record's id): her photos,
     * consultation videos and call recordings, her program's shared and guidance photos, the prints made of her
     * records, and the copies made for her.
     */
    public static final Map<String, List<String>> FILES = Map.of(
            "visit", List.of("visits/{id}/photos/", "visits/{id}/consultation/", "visits/{id}/calls/", "prints/{id}/"),
            "program", List.of("programs/{id}/post-plan/", "programs/{id}/group/", "programs/{id}/guidance/",
                    "prints/{id}/"),
            "privacy-request", List.of(PrivacyRequests.COPIES + "{id}", "prints/{id}/"));

    /** The print job of a copy made for her (its text is her data), deleted with her copy. */
    public static String copyJob(String requestId) {
        return "copy-" + requestId;
    }

    /** The kinds of record kept (no longer naming her) for the medical-records and accounting rules. */
    public static final Set<String> KEPT = Set.of("visit", "program", "loan", "paying-customer", "archive");

    /** The name her kept records now carry. */
    public static final String ERASED_NAME = "已删除客户";

    private Erasure() {
    }
}
