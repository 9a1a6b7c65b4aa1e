package com.clinic.journey.visit;

import static com.clinic.journey.visit.VisitStage.PAID;
import static com.clinic.journey.visit.VisitStage.PRICE_APPROVED;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The next state of a visit: a copy with some fields changed, one version later. */
final class VisitBuilder {
    private final Visit from;
    private final Instant now;
    CustomerProfile customer;
    VisitStage stage;
    Assigned drivers;
    Instant pickedUpAt;
    Instant arrivedAt;
    Assigned consultants;
    List<Photo> photos;
    Refusal photoRefusal;
    List<ExamFile> exams;
    Consultation consultation;
    Order order;
    String signedSheetKey;
    Payments payments;
    Admission admission;
    Rejection rejection;

    VisitBuilder(Visit v, Instant now) {
        this.from = v;
        this.now = now;
        customer = v.customer();
        stage = v.stage();
        drivers = v.drivers();
        pickedUpAt = v.pickedUpAt();
        arrivedAt = v.arrivedAt();
        consultants = v.consultants();
        photos = v.photos();
        photoRefusal = v.photoRefusal();
        exams = v.exams();
        consultation = v.consultation();
        order = v.order();
        signedSheetKey = v.signedSheetKey();
        payments = v.payments();
        admission = v.admission();
        rejection = v.rejection();
    }

    VisitBuilder stage(VisitStage s) {
        stage = s;
        return this;
    }

    VisitBuilder driver(StaffRef d, StaffRef by, String reason, Instant at) {
        drivers = drivers.to(d, by, reason, at);
        return this;
    }

    VisitBuilder consultant(StaffRef c, StaffRef by, String reason, Instant at) {
        consultants = consultants.to(c, by, reason, at);
        return this;
    }

    /**
     * A reviewed order whose payments now match its total exactly is paid, whichever step settled it: the last
     * payment, a refund after a price cut, or a price cut down to what was already paid.
     */
    void settleIfPaid() {
        long paid = payments.paid();
        if (stage == PRICE_APPROVED && paid > 0 && order.total() == paid) {
            stage = PAID;
        }
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    Visit build() {
        return new Visit(from.code(), from.customerId(), customer, from.arrival(), from.walkIn(), stage,
                from.bookedBy(), drivers, pickedUpAt, arrivedAt, consultants, photos, photoRefusal, exams,
                consultation, order, signedSheetKey, payments, admission, rejection, from.createdAt(), now,
                from.version() + 1);
    }
}
