package com.clinic.journey;

import com.clinic.journey.visit.Admission;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Facts of visits listed across visits by month (Asia/Shanghai), newest first: each written beside the visit in
 * the transaction of the change that made it, and kept whatever happens to the journey later.
 */
public interface VisitRecords {
    /** C-27 入院记录: a customer admitted for an operation, as recorded. */
    record AdmissionEntry(String visitCode, String customerName, String phone, Admission admission) {
    }

    /** C-28 咨询视频: a consultation video attached to a visit. */
    record VideoEntry(String visitCode, String customerName, StaffRef consultant, Instant attachedAt) {
    }

    /**
     * C-29 播放记录: who played a visit's consultation video, or a follow-up call's recording (C-30, its call id),
     * and when; stored before the link is issued.
     */
    record PlaybackEntry(String id, String visitCode, String customerName, StaffRef viewer, Instant at,
                         String callId) {
    }

    /** C-30 增加多人记录: a person who came with the customer (a companion, family), added to the visit. */
    record CompanionEntry(String id, String visitCode, String customerName, String name, String relation,
                          String phone, StaffRef by, Instant at) {
    }

    /**
     * C-24 来院客户: a customer the front desk registered at the clinic (arrival confirmed), with who they are as now
     * on record (rewritten when after-sales corrects it).
     */
    record VisitorEntry(String visitCode, String customerId, CustomerProfile customer, boolean walkIn,
                        Instant arrivedAt) {
    }

    /** How 来院客户 is searched: by the month of arrival, or by mobile number, or by name (normalised); newest first. */
    record VisitorQuery(YearMonth month, String phone, String name) {
    }

    Page<VisitorEntry> visitors(VisitorQuery query, PageRequest page);

    /** The visitor entry of a visit, if its customer has arrived. */
    Optional<VisitorEntry> visitor(String code);

    Page<AdmissionEntry> admissionsIn(YearMonth month, PageRequest page);

    /** Stores a companion once per id; answers the stored one. */
    CompanionEntry recordCompanion(CompanionEntry companion);

    Page<CompanionEntry> companionsIn(YearMonth month, PageRequest page);

    /** Stores a playback record once per id; answers the stored one (the first, when the id was used before). */
    PlaybackEntry recordPlayback(PlaybackEntry playback);

    Page<PlaybackEntry> playbacksIn(YearMonth month, PageRequest page);

    Page<VideoEntry> videosIn(YearMonth month, PageRequest page);
}
