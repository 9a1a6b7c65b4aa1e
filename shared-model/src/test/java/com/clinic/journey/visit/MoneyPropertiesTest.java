package com.clinic.journey.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.journey.visit.Forms.OrderForm;
import com.clinic.journey.visit.Forms.OrderLineForm;
import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.journey.visit.Forms.PaymentLineForm;
import com.clinic.journey.visit.Forms.PriceChangeForm;
import com.clinic.journey.visit.Forms.PriceReviewForm;
import com.clinic.platform.FieldError;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Money;
import com.clinic.platform.Refused;
import com.clinic.platform.catalog.CatalogItem;
import com.clinic.platform.catalog.CatalogItemForm;
import com.clinic.platform.command.Decision;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random orders, price changes, payments, refunds and loans — with amounts from everyday to overflowing — never
 * make impossible money: totals, paid, per-method balances and loan schedules add up to the fen in exact
 * arithmetic, nothing goes negative, and every refusal of an amount is a 400 naming its field.
 */
class MoneyPropertiesTest {
    private static final Pattern MONEY_FIELD = Pattern.compile(
            "items(\\[\\d+]\\.discountedPrice)?|changes(\\[\\d+]\\.(line|finalPrice))?|lines(\\[\\d+]\\.(amount|method"
                    + "|periods|firstRepaymentDate))?|listPrice");

    /** One cashier or review step, as a front end would send it. */
    sealed interface Step permits Review, Collect, Refund {
    }

    record Review(List<PriceChangeForm> changes) implements Step {
    }

    record Collect(List<PaymentLineForm> lines) implements Step {
    }

    record Refund(List<PaymentLineForm> lines) implements Step {
    }

    @Property(tries = 1000)
    void moneyAlwaysAddsUp(@ForAll("orders") List<OrderLineForm> order, @ForAll("steps") List<Step> steps) {
        Visit v;
        try {
            List<OrderItem> items = new OrderForm(order).validate(JourneyRulesTest.CATALOGUE);
            v = JourneyRulesTest.ordered();
            v = new Visit(v.code(), v.customerId(), v.customer(), v.arrival(), v.walkIn(), v.stage(), v.bookedBy(),
                    v.drivers(), v.pickedUpAt(), v.arrivedAt(), v.consultants(), v.photos(), v.photoRefusal(),
                    v.exams(), v.consultation(),
                    new Order(items, v.order().consultant(), v.order().submittedAt(), null, null, 0),
                    v.signedSheetKey(), v.payments(), v.admission(), v.rejection(), v.createdAt(), v.updatedAt(),
                    v.version());
        } catch (InvalidInput e) {
            assertNamesMoneyFields(e);
            return;
        }
        for (Step step : steps) {
            try {
                v = apply(v, step);
            } catch (InvalidInput e) {
                assertNamesMoneyFields(e);
            } catch (Refused e) {
                assertFalse(e.getMessage().isBlank());
            }
            assertAddsUp(v);
        }
    }

    @Property(tries = 200)
    void cataloguePricesAreBounded(@ForAll("amounts") String price) {
        try {
            CatalogItem item = new CatalogItemForm("项目", price, null).validate("item", JourneyRulesTest.NOW);
            assertTrue(item.listPrice() > 0 && item.listPrice() <= Money.MAX_LINE);
        } catch (InvalidInput e) {
            assertEquals(List.of("listPrice"), e.errors().stream().map(FieldError::field).toList());
        }
    }

    private static Visit apply(Visit v, Step step) {
        if (step instanceof Review r) {
            return v.billing().reviewPrices(new PriceReviewForm(r.changes(), null).validate(v.order().items().size()),
                    JourneyRulesTest.DESK, JourneyRulesTest.NOW).orThrow().after();
        }
        boolean refund = step instanceof Refund;
        List<PaymentForm.Line> lines = new PaymentForm(refund ? ((Refund) step).lines() : ((Collect) step).lines())
                .validate(refund, JourneyRulesTest.TODAY);
        Decision<Visit, VisitEvent> d = refund ? v.billing().refund(lines, ids(lines.size()), JourneyRulesTest.DESK, JourneyRulesTest.NOW)
                : v.billing().collectPayment(lines, ids(lines.size()), JourneyRulesTest.DESK, JourneyRulesTest.NOW);
        return d.orThrow().after();
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "p" + i).toList();
    }

    private static void assertNamesMoneyFields(InvalidInput e) {
        assertFalse(e.errors().isEmpty());
        for (FieldError f : e.errors()) {
            assertTrue(MONEY_FIELD.matcher(f.field()).matches(), "named field: " + f.field());
            assertFalse(f.message().contains("Exception") || f.message().contains("java."), f.message());
        }
    }

    /** The invariants, recomputed in unbounded arithmetic so an overflow in the model cannot hide. */
    private static void assertAddsUp(Visit v) {
        BigInteger total = v.order().items().stream().map(i -> BigInteger.valueOf(i.finalPrice()))
                .reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger paid = v.payments().all().stream().map(p -> BigInteger.valueOf(p.amount()))
                .reduce(BigInteger.ZERO, BigInteger::add);
        assertEquals(total, BigInteger.valueOf(v.total()));
        assertEquals(paid, BigInteger.valueOf(v.paid()));
        assertEquals(total.subtract(paid), BigInteger.valueOf(v.balance()));
        assertTrue(v.total() >= 0 && v.total() <= Money.MAX_ORDER, "total " + v.total());
        assertTrue(v.paid() >= 0, "paid " + v.paid());
        for (PaymentMethod m : PaymentMethod.values()) {
            assertTrue(v.netPaidBy(m) >= 0, m + " net " + v.netPaidBy(m));
        }
        for (OrderItem i : v.order().items()) {
            assertTrue(i.finalPrice() > 0 && i.finalPrice() <= Money.MAX_LINE);
        }
        for (Payment p : v.payments().all()) {
            assertTrue(Math.abs(p.amount()) <= Money.MAX_LINE && p.amount() != 0);
            if (p.loan() != null) {
                assertEquals(p.loan().periods(), p.loan().schedule().size());
                assertEquals(p.amount(), p.loan().schedule().stream().mapToLong(Installment::amount).sum());
                assertTrue(p.loan().schedule().stream().allMatch(s -> s.amount() >= 0));
            }
        }
        if (v.stage() == VisitStage.PRICE_APPROVED) {
            assertTrue(v.balance() != 0, "an approved order with nothing due or owed back is paid");
        }
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<String> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 2_000_000).map(String::valueOf),
                Arbitraries.longs().between(1, Money.MAX_LINE).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("9223372036854775807", "9223372036854775808", "-9223372036854775808", "0", "-1",
                        Long.toString(Money.MAX_LINE), Long.toString(Money.MAX_LINE + 1), "１２３", "1e5", "12.5",
                        " 100 ", "+100", "0x10", "", "١٢٣"));
    }

    @Provide
    Arbitrary<List<OrderLineForm>> orders() {
        Arbitrary<OrderLineForm> line = Combinators.combine(Arbitraries.of("eyelid", "freckle"),
                Arbitraries.oneOf(Arbitraries.just(null), amounts())).as((id, price) -> new OrderLineForm(id, price,
                null));
        return line.list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<PaymentLineForm> payment = Combinators.combine(
                Arbitraries.of("ALIPAY", "WECHAT_PAY", "CASH", "CARD", "LOAN"), amounts(),
                Arbitraries.of("1", "6", "12", "60", "61", "0"),
                Arbitraries.of("2026-12-23", "2026-11-23", "2027-02-23", "2027-03-01", "2026-11-22", "10000-01-01"))
                .as((m, amount, periods, first) -> "LOAN".equals(m) ? new PaymentLineForm(m, amount, null, periods,
                        first, null) : new PaymentLineForm(m, amount, null, null, null, null));
        Arbitrary<PaymentLineForm> refund = Combinators.combine(Arbitraries.of("ALIPAY", "WECHAT_PAY", "CASH",
                "CARD"), amounts()).as((m, amount) -> new PaymentLineForm(m, amount, null, null, null, null));
        Arbitrary<PriceChangeForm> change = Combinators.combine(Arbitraries.of("0", "1", "2", "59"), amounts())
                .as(PriceChangeForm::new);
        Arbitrary<Step> step = Arbitraries.oneOf(
                change.list().ofMaxSize(3).map(Review::new),
                payment.list().ofMinSize(1).ofMaxSize(4).map(Collect::new),
                refund.list().ofMinSize(1).ofMaxSize(3).map(Refund::new));
        return step.list().ofMaxSize(12);
    }
}
