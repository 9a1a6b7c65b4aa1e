package com.clinic.journey.visit;

import static com.clinic.journey.visit.VisitStage.ARRIVED;
import static com.clinic.journey.visit.VisitStage.IN_CONSULTATION;
import static com.clinic.journey.visit.VisitStage.PRICE_REVIEW;
import static com.clinic.journey.visit.VisitStage.REJECTED;
import static com.clinic.journey.visit.VisitStage.TRIAGED;

import com.clinic.journey.visit.VisitEvent.ConsultantAssigned;
import com.clinic.journey.visit.VisitEvent.ConsultantChanged;
import com.clinic.journey.visit.VisitEvent.ConsultationStarted;
import com.clinic.journey.visit.VisitEvent.OrderSubmitted;
import com.clinic.journey.visit.VisitEvent.VideoAttached;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.util.List;

/** C-10, C-11 the customer with her consultant: triage, the recorded reception and its video, the order. */
public record Reception(Visit visit) {

    /** C-10 分诊: a consultant right after the arrival (photos and exam may come later). */
    public Decision<Visit, VisitEvent> assignConsultant(StaffMember candidate, StaffRef admin, String reason,
                                                        Instant now) {
        if (visit.stage() != ARRIVED) {
            return Decision.refuse(visit.consultant() != null
                    ? "a consultant is already assigned (" + visit.consultant().name() + "); change it instead"
                    : "triage comes after the arrival is confirmed; the visit is " + visit.stage());
        }
        String unfit = Visit.unfit(candidate, Role.CONSULTANT, "consultant");
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = visit.edit(now).stage(TRIAGED).consultant(candidate.ref(), admin, reason, now).build();
        return new Accepted<>(after, new ConsultantAssigned(visit.code(), admin, now, candidate.ref()));
    }

    /** C-10 修改: another consultant, before the reception starts. */
    public Decision<Visit, VisitEvent> changeConsultant(StaffMember candidate, StaffRef admin, String reason,
                                                        Instant now) {
        if (visit.stage() != TRIAGED) {
            return Decision.refuse(visit.stage() == ARRIVED ? "no consultant is assigned yet; assign one first"
                    : "the consultant can only be changed before the reception; the visit is " + visit.stage());
        }
        if (visit.consultants().is(candidate.id())) {
            return Decision.refuse(candidate.name() + " is already the consultant");
        }
        String unfit = Visit.unfit(candidate, Role.CONSULTANT, "consultant");
        if (unfit != null) {
            return Decision.refuse(unfit);
        }
        Visit after = visit.edit(now).consultant(candidate.ref(), admin, reason, now).build();
        return new Accepted<>(after, new ConsultantChanged(visit.code(), admin, now, candidate.ref(),
                visit.consultant(), reason));
    }

    /** C-11 接待: the assigned consultant starts the recorded reception. */
    public Decision<Visit, VisitEvent> startConsultation(String sessionId, StaffRef byConsultant, Instant now) {
        if (visit.stage() != TRIAGED) {
            return Decision.refuse("the reception starts once the customer is triaged; the visit is "
                    + visit.stage());
        }
        if (!visit.consultants().is(byConsultant.id())) {
            return Decision.refuse("the customer is assigned to another consultant");
        }
        VisitBuilder b = visit.edit(now).stage(IN_CONSULTATION);
        b.consultation = new Consultation(sessionId, byConsultant, now, null, null);
        return new Accepted<>(b.build(), new ConsultationStarted(visit.code(), byConsultant, now));
    }

    /**
     * Whether the session's video may still be uploaded: a reception was started, no video is linked yet, and the
     * journey is not stopped. A linked video is evidence: it is never replaced.
     */
    public String videoUploadRefusal() {
        Consultation c = visit.consultation();
        if (c == null) {
            return "no reception was started for this visit";
        }
        if (c.videoKey() != null) {
            return "the session's video is already linked; it is kept as recorded";
        }
        return visit.stage() == REJECTED ? "the journey is rejected; restore it first" : null;
    }

    /** C-11: the recorder uploaded the session's video; it is linked to the consultation, once. */
    public Decision<Visit, VisitEvent> attachVideo(String key, StaffRef by, Instant now) {
        String refused = videoUploadRefusal();
        if (refused != null) {
            return Decision.refuse(refused);
        }
        Consultation c = visit.consultation();
        if (!key.startsWith(Consultation.videoFolder(visit.code(), c.sessionId()))) {
            return Decision.invalid("key", "is not an upload of this session's video");
        }
        VisitBuilder b = visit.edit(now);
        b.consultation = new Consultation(c.sessionId(), c.consultant(), c.startedAt(), key, now);
        return new Accepted<>(b.build(), new VideoAttached(visit.code(), by, now));
    }

    /** C-11 确认: the consultant's order goes to the super admin for price review. */
    public Decision<Visit, VisitEvent> submitOrder(List<OrderItem> items, StaffRef byConsultant, Instant now) {
        if (visit.stage() != IN_CONSULTATION) {
            return Decision.refuse("an order is opened during the reception; the visit is " + visit.stage());
        }
        if (!visit.consultants().is(byConsultant.id())) {
            return Decision.refuse("the customer is assigned to another consultant");
        }
        VisitBuilder b = visit.edit(now).stage(PRICE_REVIEW);
        b.order = new Order(items, byConsultant, now, null, null, 0);
        return new Accepted<>(b.build(), new OrderSubmitted(visit.code(), byConsultant, now, items.size(),
                b.order.total()));
    }
}
