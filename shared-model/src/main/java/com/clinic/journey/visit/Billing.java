package com.clinic.journey.visit;

import static com.clinic.journey.visit.VisitStage.ADMITTED;
import static com.clinic.journey.visit.VisitStage.PAID;
import static com.clinic.journey.visit.VisitStage.PRICE_APPROVED;
import static com.clinic.journey.visit.VisitStage.PRICE_REVIEW;

import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.journey.visit.VisitEvent.MoneyRefunded;
import com.clinic.journey.visit.VisitEvent.PaymentTaken;
import com.clinic.journey.visit.VisitEvent.PricesReviewed;
import com.clinic.journey.visit.VisitEvent.SignedSheetAttached;
import com.clinic.platform.Money;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * C-12 … C-15 the visit's money: the price review and its later changes, the signed item sheet, payments split
 * across methods, and refunds the way the money came (多退少补). Amounts in fen.
 */
public record Billing(Visit visit) {

    /**
     * C-12 价目审核: approve the order, changing final prices by line if needed. After approval, and after
     * payment, the super admin may change prices again: the balance then shows what to collect or refund (C-15).
     */
    public Decision<Visit, VisitEvent> reviewPrices(Map<Integer, Long> finalPrices, StaffRef admin, Instant now) {
        boolean firstReview = visit.stage() == PRICE_REVIEW;
        if (!firstReview && !VisitStage.PRICED.contains(visit.stage())) {
            return Decision.refuse("prices are reviewed once the order is confirmed; the visit is " + visit.stage());
        }
        if (!firstReview && finalPrices.isEmpty()) {
            return Decision.refuse("the order is already approved; send the changed prices");
        }
        Order order = visit.order();
        List<OrderItem> items = new ArrayList<>(order.items());
        for (Map.Entry<Integer, Long> change : finalPrices.entrySet()) {
            if (change.getKey() >= items.size()) {
                return Decision.invalid("changes", "the order has no line " + change.getKey());
            }
            items.set(change.getKey(), items.get(change.getKey()).withFinalPrice(change.getValue()));
        }
        if (Order.totalOf(items) > Money.MAX_ORDER) {
            return Decision.invalid("changes", "the order would come to " + Money.yuan(Order.totalOf(items))
                    + "; one order is at most " + Money.yuan(Money.MAX_ORDER));
        }
        VisitBuilder b = visit.edit(now).stage(firstReview ? PRICE_APPROVED : visit.stage());
        b.order = new Order(items, order.consultant(), order.submittedAt(), admin, now, order.revision() + 1);
        b.settleIfPaid();
        return new Accepted<>(b.build(), new PricesReviewed(visit.code(), admin, now, firstReview, b.order.total(),
                finalPrices.size()));
    }

    /**
     * Whether the signed item sheet may be uploaded: after the price review, and once (a linked scan is the
     * customer's signature: it is never replaced).
     */
    public String signedSheetRefusal() {
        if (!VisitStage.PRICED.contains(visit.stage())) {
            return "the item sheet is signed after the price review; the visit is " + visit.stage();
        }
        return visit.signedSheetKey() != null ? "the signed item sheet is already on file; it is kept as signed"
                : null;
    }

    /** C-13: the scan of the item sheet the customer signed. */
    public Decision<Visit, VisitEvent> attachSignedSheet(String key, StaffRef by, Instant now) {
        String refused = signedSheetRefusal();
        if (refused != null) {
            return Decision.refuse(refused);
        }
        VisitBuilder b = visit.edit(now);
        b.signedSheetKey = key;
        return new Accepted<>(b.build(), new SignedSheetAttached(visit.code(), by, now));
    }

    /**
     * C-14 收银 / C-15 再次收银: lines split across methods, together at most what is due. When nothing is due any
     * more the visit is paid. A loan line gets its installment schedule.
     */
    public Decision<Visit, VisitEvent> collectPayment(List<PaymentForm.Line> lines, List<String> ids,
                                                      StaffRef cashier, Instant now) {
        VisitStage stage = visit.stage();
        if (!(stage == PRICE_APPROVED || stage == PAID || stage == ADMITTED)) {
            return Decision.refuse("payment is taken after the price review; the visit is " + stage);
        }
        long balance = visit.balance();
        if (balance <= 0) {
            return Decision.refuse("nothing is due" + (balance < 0 ? "; refund " + -balance + " fen instead" : ""));
        }
        Payments.Taken taken = visit.payments().collect(lines, ids, balance, cashier, now);
        return settled(taken, now, new PaymentTaken(visit.code(), cashier, now, taken.sum()));
    }

    /**
     * C-15 多退: after a price cut, money goes back to the customer the way it came: each line's method may return
     * at most what that method took, net of earlier refunds and of this request's earlier lines.
     */
    public Decision<Visit, VisitEvent> refund(List<PaymentForm.Line> lines, List<String> ids, StaffRef cashier,
                                              Instant now) {
        if (visit.balance() >= 0) {
            return Decision.refuse("nothing is owed back to the customer");
        }
        Payments.Taken taken = visit.payments().refund(lines, ids, -visit.balance(), cashier, now);
        return settled(taken, now, new MoneyRefunded(visit.code(), cashier, now, taken.sum()));
    }

    private Decision<Visit, VisitEvent> settled(Payments.Taken taken, Instant now, VisitEvent event) {
        if (!taken.ok()) {
            return Decision.invalid(taken.field(), taken.refusal());
        }
        VisitBuilder b = visit.edit(now);
        b.payments = taken.after();
        b.settleIfPaid();
        return new Accepted<>(b.build(), event);
    }
}
