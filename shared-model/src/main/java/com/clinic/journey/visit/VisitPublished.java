package com.clinic.journey.visit;

import com.clinic.journey.CustomerCorrected;
import com.clinic.journey.JourneyRejected;
import com.clinic.journey.JourneyRestored;
import com.clinic.journey.OrderRepriced;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.PaymentRefunded;
import com.clinic.journey.VisitFact;
import com.clinic.journey.visit.VisitEvent.*;
import com.clinic.platform.command.IntegrationEvent;
import java.util.List;
import java.util.stream.Stream;

/**
 * The facts of a visit's step that other departments keep a copy of (docs/money-across-departments.md): the money
 * (payments, refunds, prices), the journey stopped or going on, and who the customer is. The other steps concern the
 * visit alone.
 */
final class VisitPublished implements VisitEvent.Visitor<List<IntegrationEvent>> {
    private final Visit after;
    private final VisitEvent event;
    private final String code;

    VisitPublished(Visit after, VisitEvent event) {
        this.after = after;
        this.event = event;
        this.code = after.code();
    }

    private String id(Class<? extends VisitFact> kind) {
        return VisitFact.id(code, after.version(), kind);
    }

    /** The payment lines the event's command recorded. */
    private Stream<Payment> madeBy() {
        return after.payments().all().stream().filter(p -> p.at().equals(event.at()));
    }

    private List<String> loanIds() {
        return after.payments().loans().stream().map(Payment::id).toList();
    }


    @Override
    public List<IntegrationEvent> booked(AppointmentBooked e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> walkInRegistered(WalkInRegistered e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> driverAssigned(DriverAssigned e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> driverChanged(DriverChanged e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> pickedUp(PickedUp e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> arrivalConfirmed(ArrivalConfirmed e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> photoAdded(PhotoAdded e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> photosRefused(PhotosRefused e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> examAttached(ExamAttached e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> consultantAssigned(ConsultantAssigned e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> consultantChanged(ConsultantChanged e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> consultationStarted(ConsultationStarted e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> videoAttached(VideoAttached e) {
        return List.of();
    }

    @Override
    public List<IntegrationEvent> orderSubmitted(OrderSubmitted e) {
        return List.of();
    }

    /** The price after each review, with what is paid. */
    @Override
    public List<IntegrationEvent> pricesReviewed(PricesReviewed e) {
        return List.of(new OrderRepriced(id(OrderRepriced.class), code, after.customerId(), after.total(),
                after.paid(), after.order().revision(), e.by(), e.at()));
    }

    @Override
    public List<IntegrationEvent> signedSheetAttached(SignedSheetAttached e) {
        return List.of();
    }

    /** Each payment with its lines (the ones this command recorded). */
    @Override
    public List<IntegrationEvent> paymentTaken(PaymentTaken e) {
        return List.of(new PaymentCollected(id(PaymentCollected.class), code, after.customerId(),
                after.customer().name(), after.customer().phone(), after.customer().source(),
                madeBy().map(p -> new PaymentCollected.Line(p.id(), p.method(), p.amount(),
                        p.loan() == null ? null : p.loan().periods(),
                        p.loan() == null ? null : p.loan().firstRepaymentDate(),
                        p.loan() == null ? List.of() : p.loan().schedule())).toList(), after.total(), e.by(),
                e.at()));
    }

    /** Each refund, line by line. */
    @Override
    public List<IntegrationEvent> moneyRefunded(MoneyRefunded e) {
        return List.of(new PaymentRefunded(id(PaymentRefunded.class), code, after.customerId(),
                madeBy().map(p -> new PaymentRefunded.Line(p.id(), p.method(), -p.amount(), p.loanId())).toList(),
                after.total(), e.by(), e.at()));
    }

    @Override
    public List<IntegrationEvent> admitted(Admitted e) {
        return List.of();
    }

    /** A rejection, with the visit's loans. */
    @Override
    public List<IntegrationEvent> rejected(VisitRejected e) {
        return List.of(new JourneyRejected(id(JourneyRejected.class), code, after.customerId(), e.reason(),
                loanIds(), e.by(), e.at()));
    }

    /** A restore, with the visit's loans. */
    @Override
    public List<IntegrationEvent> restored(VisitRestored e) {
        return List.of(new JourneyRestored(id(JourneyRestored.class), code, after.customerId(), loanIds(), e.by(),
                e.at()));
    }

    /** The customer as corrected, with the visit's loans. */
    @Override
    public List<IntegrationEvent> customerEdited(CustomerEdited e) {
        return List.of(new CustomerCorrected(id(CustomerCorrected.class), code, after.customerId(),
                after.customer().name(), after.customer().phone(), after.customer().source(), loanIds(), e.by(),
                e.at()));
    }
}
