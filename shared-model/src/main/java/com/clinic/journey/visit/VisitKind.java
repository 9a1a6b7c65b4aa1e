package com.clinic.journey.visit;

import com.clinic.journey.CustomerCorrected;
import com.clinic.journey.JourneyRejected;
import com.clinic.journey.JourneyRestored;
import com.clinic.journey.OrderRepriced;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.PaymentRefunded;
import com.clinic.journey.VisitFact;
import com.clinic.platform.Actor;
import com.clinic.platform.command.IntegrationEvent;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import java.util.List;

/** The visit's rules for the command path: its code, who sees it, its stage, who hears of its steps. */
public final class VisitKind implements RecordKind<Visit, VisitEvent> {
    public static final VisitKind VISIT = new VisitKind();

    private VisitKind() {
    }

    @Override
    public String name() {
        return "visit";
    }

    @Override
    public String idField() {
        return "code";
    }

    @Override
    public boolean isId(String id) {
        return Visit.isCode(id);
    }

    @Override
    public boolean canSee(Actor actor, Visit visit) {
        return VisitAccess.canSee(actor, visit);
    }

    /** Its customer's timeline is her mobile number's. */
    @Override
    public String concerns(Visit visit) {
        return visit.customer().phone();
    }

    @Override
    public String state(Visit visit) {
        return visit.stage().name();
    }

    @Override
    public List<Notification> notifications(VisitEvent event, Visit after) {
        return VisitNotifications.of(event, after);
    }

    /**
     * The facts other departments keep a copy of (docs/money-across-departments.md): each payment with
     * its lines (the ones this command recorded), each refund, the price after each review, a rejection or
     * restore with the visit's loans, and the customer as corrected.
     */
    @Override
    public List<IntegrationEvent> published(VisitEvent event, Visit after) {
        String code = after.code();
        long version = after.version();
        return switch (event.action()) {
            case COLLECT_PAYMENT -> List.of(new PaymentCollected(VisitFact.id(code, version, PaymentCollected.class),
                    code, after.customerId(), after.customer().name(), after.customer().phone(),
                    after.customer().source(), madeBy(after, event).map(p -> new PaymentCollected.Line(p.id(),
                            p.method(), p.amount(), p.loan() == null ? null : p.loan().periods(),
                            p.loan() == null ? null : p.loan().firstRepaymentDate(),
                            p.loan() == null ? List.of() : p.loan().schedule())).toList(), after.total(),
                    event.by(), event.at()));
            case REFUND -> List.of(new PaymentRefunded(VisitFact.id(code, version, PaymentRefunded.class), code,
                    after.customerId(), madeBy(after, event).map(p -> new PaymentRefunded.Line(p.id(), p.method(),
                            -p.amount(), p.loanId())).toList(), after.total(), event.by(), event.at()));
            case REVIEW_PRICES -> List.of(new OrderRepriced(VisitFact.id(code, version, OrderRepriced.class), code,
                    after.customerId(), after.total(), after.paid(), after.order().revision(), event.by(),
                    event.at()));
            case REJECT -> List.of(new JourneyRejected(VisitFact.id(code, version, JourneyRejected.class), code,
                    after.customerId(), after.rejection().reason(), loanIds(after), event.by(), event.at()));
            case RESTORE -> List.of(new JourneyRestored(VisitFact.id(code, version, JourneyRestored.class), code,
                    after.customerId(), loanIds(after), event.by(), event.at()));
            case EDIT_CUSTOMER -> List.of(new CustomerCorrected(VisitFact.id(code, version, CustomerCorrected.class),
                    code, after.customerId(), after.customer().name(), after.customer().phone(),
                    after.customer().source(), loanIds(after), event.by(), event.at()));
            default -> List.of();
        };
    }

    /** The payment lines the event's command recorded. */
    private static java.util.stream.Stream<Payment> madeBy(Visit after, VisitEvent event) {
        return after.payments().all().stream().filter(p -> p.at().equals(event.at()));
    }

    private static List<String> loanIds(Visit v) {
        return v.payments().loans().stream().map(Payment::id).toList();
    }
}
