package com.clinic.journey.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.journey.visit.Forms.OrderForm;
import com.clinic.journey.visit.Forms.OrderLineForm;
import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.journey.visit.Forms.PaymentLineForm;
import com.clinic.platform.FieldError;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.catalog.CatalogItem;
import com.clinic.platform.command.Decision.Rejected;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules from the arrival to the admission (C-05…C-15, C-24, C-27), money in fen. */
class JourneyRulesTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final StaffRef DESK = new StaffRef("f", "周前台");
    static final StaffMember FENG = new StaffMember("c1", "冯咨询", null, Set.of(Role.CONSULTANT), true);
    static final StaffMember HE = new StaffMember("c2", "何咨询", null, Set.of(Role.CONSULTANT), true);
    static final StaffMember CHEN = new StaffMember("a1", "陈售后", null, Set.of(Role.AFTER_SALES), true);
    static final Map<String, CatalogItem> CATALOGUE = Map.of(
            "eyelid", new CatalogItem("eyelid", "双眼皮", 1_500_000, true, NOW),
            "freckle", new CatalogItem("freckle", "祛斑", 318_000, true, NOW),
            "old", new CatalogItem("old", "旧项目", 100_000, false, NOW));

    static Visit arrived() {
        Visit walkIn = Visit.registerWalkIn("V1", "C1", new CustomerProfile("王芳", "13800138000", Gender.FEMALE, 41,
                List.of(), null, null), DESK, NOW).after();
        assertEquals(VisitStage.REGISTERED, walkIn.stage());
        return walkIn.confirmArrival(DESK, NOW).orThrow().after();
    }

    static Visit ordered() {
        Visit v = arrived().reception().assignConsultant(FENG, DESK, null, NOW).orThrow().after()
                .reception().startConsultation("s1", FENG.ref(), NOW).orThrow().after();
        List<OrderItem> items = new OrderForm(List.of(new OrderLineForm("eyelid", "1280000", "老客户"),
                new OrderLineForm("freckle", null, null))).validate(CATALOGUE);
        return v.reception().submitOrder(items, FENG.ref(), NOW).orThrow().after();
    }

    static List<PaymentForm.Line> lines(String... methodAmount) {
        List<PaymentLineForm> forms = new java.util.ArrayList<>();
        for (int i = 0; i < methodAmount.length; i += 2) {
            forms.add(new PaymentLineForm(methodAmount[i], methodAmount[i + 1], null,
                    "LOAN".equals(methodAmount[i]) ? "12" : null, "LOAN".equals(methodAmount[i]) ? "2026-12-23" : null, null));
        }
        return new PaymentForm(forms).validate(false, TODAY);
    }

    @Test
    void arrivalThenTriageThenARecordedReception() {
        Visit v = arrived();
        assertEquals(NOW, v.arrivedAt());
        assertInstanceOf(Rejected.class, v.confirmArrival(DESK, NOW), "an arrival is confirmed once");
        Visit triaged = v.reception().assignConsultant(FENG, DESK, null, NOW).orThrow().after();
        Visit changed = triaged.reception().changeConsultant(HE, DESK, "分错了", NOW).orThrow().after();
        assertEquals(HE.ref(), changed.consultant());
        assertEquals(2, changed.consultantHistory().size());
        assertTrue(((Rejected) changed.reception().startConsultation("s", FENG.ref(), NOW)).reason().contains("another"));
        Visit receiving = changed.reception().startConsultation("s9", HE.ref(), NOW).orThrow().after();
        assertEquals("s9", receiving.consultation().sessionId());
        assertInstanceOf(Rejected.class, receiving.reception().changeConsultant(FENG, DESK, "x", NOW));
        assertInstanceOf(Rejected.class, receiving.reception().attachVideo("visits/V1/consultation/other.mp4", HE.ref(), NOW));
        String video = Consultation.videoFolder("V1", "s9") + "a.mp4";
        Visit recorded = receiving.reception().attachVideo(video, HE.ref(), NOW).orThrow().after();
        assertEquals(video, recorded.consultation().videoKey());
        assertInstanceOf(Rejected.class, recorded.reception().attachVideo(Consultation.videoFolder("V1", "s9") + "b.mp4",
                HE.ref(), NOW), "a linked video is never replaced");
        assertTrue(recorded.reception().videoUploadRefusal().contains("already linked"), "nor is a new upload offered");
    }

    @Test
    void photosAreOptionalAndComeAfterTheArrival() {
        Photo p = new Photo("visits/V1/photos/a.jpg", "image/jpeg", 10, DESK, NOW);
        Visit booked = Visit.registerWalkIn("V1", "C1", new CustomerProfile("王芳", "13800138000", Gender.FEMALE,
                null, List.of(), null, null), DESK, NOW).after();
        assertInstanceOf(Rejected.class, booked.addPhoto(p, NOW));
        Visit refused = arrived().refusePhotos("只想咨询", DESK, NOW).orThrow().after();
        assertEquals("只想咨询", refused.photoRefusal().reason());
        Visit withPhoto = refused.addPhoto(p, NOW).orThrow().after();
        assertNull(withPhoto.photoRefusal(), "a photo taken after all replaces the refusal");
        assertInstanceOf(Rejected.class, withPhoto.addPhoto(p, NOW), "the same photo once");
    }

    @Test
    void theOrderIsPricedFromTheCatalogueAndBadLinesNameTheirField() {
        Visit v = ordered();
        assertEquals(VisitStage.PRICE_REVIEW, v.stage());
        assertEquals(1_280_000 + 318_000, v.total());
        InvalidInput bad = assertThrows(InvalidInput.class, () -> new OrderForm(List.of(
                new OrderLineForm("eyelid", "1500001", null), new OrderLineForm("freckle", "0", null),
                new OrderLineForm("freckle", "-5", null), new OrderLineForm("nope", null, null),
                new OrderLineForm("old", null, null))).validate(CATALOGUE));
        assertEquals(List.of("items[0].discountedPrice", "items[1].discountedPrice", "items[2].discountedPrice",
                "items[3].catalogItemId", "items[4].catalogItemId"),
                bad.errors().stream().map(FieldError::field).toList());
        assertThrows(InvalidInput.class, () -> new OrderForm(List.of()).validate(CATALOGUE));
    }

    @Test
    void priceReviewThenPaymentUpToWhatIsDueWithAnExactLoanSchedule() {
        Visit approved = ordered().billing().reviewPrices(Map.of(1, 300_000L), DESK, NOW).orThrow().after();
        assertEquals(VisitStage.PRICE_APPROVED, approved.stage());
        assertEquals(1_580_000, approved.balance());
        assertEquals("CASHIER", approved.workQueue());
        InvalidInput over = assertThrows(InvalidInput.class, () -> approved.billing().collectPayment(
                lines("CASH", "1000000", "CARD", "580001"), List.of("p", "q"), DESK, NOW).orThrow());
        assertEquals("lines[1].amount", over.errors().get(0).field(), "the line that goes over is named");
        Visit part = approved.billing().collectPayment(lines("ALIPAY", "80000"), List.of("p1"), DESK, NOW).orThrow().after();
        assertEquals(VisitStage.PRICE_APPROVED, part.stage(), "a partial payment is not settled");
        Visit paid = part.billing().collectPayment(lines("CARD", "200000", "LOAN", "1300000"), List.of("p2", "p3"), DESK, NOW)
                .orThrow().after();
        assertEquals(VisitStage.PAID, paid.stage());
        assertEquals(0, paid.balance());
        assertNull(paid.workQueue());
        Loan loan = paid.payments().all().get(2).loan();
        assertEquals(12, loan.schedule().size());
        assertEquals(1_300_000, loan.schedule().stream().mapToLong(Installment::amount).sum());
        assertEquals(LocalDate.of(2027, 11, 23), loan.schedule().get(11).dueDate());
    }

    @Test
    void loansSplitEveryFenAndLinesAreValidated() {
        Loan odd = Loan.of(1_000_001, 3, LocalDate.of(2027, 1, 31));
        assertEquals(List.of(333_334L, 333_334L, 333_333L), odd.schedule().stream().map(Installment::amount).toList());
        assertEquals(LocalDate.of(2027, 2, 28), odd.schedule().get(1).dueDate());
        InvalidInput bad = assertThrows(InvalidInput.class, () -> new PaymentForm(List.of(
                new PaymentLineForm("BITCOIN", "100", null, null, null, null),
                new PaymentLineForm("CASH", "0", null, null, null, null),
                new PaymentLineForm("LOAN", "100", null, null, "2020-01-01", null))).validate(false, TODAY));
        assertEquals(List.of("lines[0].method", "lines[1].amount", "lines[2].periods", "lines[2].firstRepaymentDate"),
                bad.errors().stream().map(FieldError::field).toList());
        assertThrows(InvalidInput.class, () -> new PaymentForm(List.of(
                new PaymentLineForm("LOAN", "100", null, "3", "2027-01-01", null))).validate(true, TODAY));
    }

    @Test
    void aPriceChangeAfterPaymentIsSettledByRefundOrCollection() {
        Visit paid = ordered().billing().reviewPrices(Map.of(), DESK, NOW).orThrow().after()
                .billing().collectPayment(lines("CASH", "1598000"), List.of("p1"), DESK, NOW).orThrow().after();
        Visit cut = paid.billing().reviewPrices(Map.of(0, 1_200_000L), DESK, NOW).orThrow().after();
        assertEquals(-80_000, cut.balance());
        assertEquals("CASHIER", cut.workQueue());
        assertEquals(2, cut.order().revision());
        assertInstanceOf(Rejected.class, cut.billing().collectPayment(lines("CASH", "1"), List.of("x"), DESK, NOW));
        assertInstanceOf(Rejected.class, cut.admit(TODAY, CHEN, null, DESK, NOW), "settle first");
        assertInstanceOf(Rejected.class, cut.billing().refund(lines("CASH", "80001"), List.of("r"), DESK, NOW));
        InvalidInput otherWay = assertThrows(InvalidInput.class,
                () -> cut.billing().refund(lines("WECHAT_PAY", "80000"), List.of("r"), DESK, NOW).orThrow());
        assertEquals("lines[0].amount", otherWay.errors().get(0).field(), "money goes back the way it came");
        Visit refunded = cut.billing().refund(lines("CASH", "80000"), List.of("r1"), DESK, NOW).orThrow().after();
        assertEquals(0, refunded.balance());
        assertEquals(-80_000, refunded.payments().all().get(1).amount());
        Visit raised = refunded.billing().reviewPrices(Map.of(1, 400_000L), DESK, NOW).orThrow().after();
        assertEquals(82_000, raised.balance(), "少补: the rest is collected");
        assertInstanceOf(Rejected.class, raised.billing().reviewPrices(Map.of(), DESK, NOW), "a change needs changes");
    }

    @Test
    void whicheverStepSettlesAnApprovedOrderMakesItPaid() {
        Visit part = ordered().billing().reviewPrices(Map.of(), DESK, NOW).orThrow().after()
                .billing().collectPayment(lines("CASH", "1000000"), List.of("p1"), DESK, NOW).orThrow().after();
        assertEquals(VisitStage.PRICE_APPROVED, part.stage());
        Visit cutToPaid = part.billing().reviewPrices(Map.of(0, 682_000L), DESK, NOW).orThrow().after();
        assertEquals(VisitStage.PAID, cutToPaid.stage(), "a price cut down to what was paid settles it");
        Visit cutBelow = part.billing().reviewPrices(Map.of(0, 600_000L), DESK, NOW).orThrow().after();
        assertEquals(-82_000, cutBelow.balance());
        assertEquals(VisitStage.PRICE_APPROVED, cutBelow.stage());
        assertEquals(VisitStage.PAID, cutBelow.billing().refund(lines("CASH", "82000"), List.of("r1"), DESK, NOW).orThrow()
                .after().stage(), "so does the refund of the difference");
    }

    @Test
    void admissionNeedsAPaidVisitAndAnAfterSalesOwnerAndRejectionRestoresWhereItStopped() {
        Visit paid = ordered().billing().reviewPrices(Map.of(), DESK, NOW).orThrow().after()
                .billing().collectPayment(lines("CASH", "1598000"), List.of("p1"), DESK, NOW).orThrow().after();
        StaffMember notAfterSales = new StaffMember("x", "某人", null, Set.of(Role.FRONT_DESK), true);
        assertInstanceOf(Rejected.class, paid.admit(TODAY, notAfterSales, null, DESK, NOW));
        Visit admitted = paid.admit(TODAY, CHEN, "住院一晚", DESK, NOW).orThrow().after();
        assertEquals(VisitStage.ADMITTED, admitted.stage());
        Visit rejected = admitted.reject("客户投诉", DESK, NOW).orThrow().after();
        assertEquals(VisitStage.ADMITTED, rejected.rejection().previousStage());
        assertInstanceOf(Rejected.class, rejected.reject("again", DESK, NOW));
        assertInstanceOf(Rejected.class, rejected.addPhoto(new Photo("k", "image/png", 1, DESK, NOW), NOW));
        assertEquals(VisitStage.ADMITTED, rejected.restore(DESK, NOW).orThrow().after().stage());
    }
}
