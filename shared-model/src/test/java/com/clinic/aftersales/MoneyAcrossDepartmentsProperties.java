package com.clinic.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.aftersales.customer.PayingCustomer;
import com.clinic.aftersales.customer.PayingCustomerKind;
import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.aftersales.followup.FollowUpKind;
import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.aftersales.loan.LoanForms.RepaymentForm;
import com.clinic.aftersales.loan.LoanForms.RestructureForm;
import com.clinic.aftersales.loan.LoanKind;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.aftersales.loan.Period;
import com.clinic.journey.InMemory;
import com.clinic.journey.VisitFact;
import com.clinic.journey.visit.ArrivalPlan;
import com.clinic.journey.visit.BookingForm.BookAppointment;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Forms.PaymentForm;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.OrderItem;
import com.clinic.journey.visit.Payment;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.journey.visit.TransportMode;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitEvent;
import com.clinic.journey.visit.VisitKind;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.Actor;
import com.clinic.platform.ClinicException;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.staff.StaffMember;
import com.clinic.platform.timer.Timers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The money and the facts agree across departments, whatever changes after a payment (README "Money and facts
 * across departments"): random sequences of price cuts and raises, payments in any mix of methods with loans,
 * refunds (a loan's reduction included), rejections and restores, repayments, early settlements, write-offs,
 * restructurings, corrected names and clock jumps, each visit's facts delivered to after-sales — some twice. After
 * every step, for the customer and each of her two visits: what each method paid, net of refunds, is never
 * negative; a loan's principal is the sum of its periods and never more than what the visit still finances
 * through it; what a loan received is what its periods were paid; the paying customer's total is the visits' net
 * paid and her name the last corrected; no dunning task comes for a loan whose journey is rejected or that owes
 * nothing; and the cashier can always bring a live visit to balance 0.
 */
class MoneyAcrossDepartmentsProperties {
    static final Instant START = Instant.parse("2026-11-23T02:00:00Z");
    static final StaffRef DESK = new StaffRef("f1", "周前台");
    static final StaffRef ADMIN = new StaffRef("s1", "王超管");
    static final Actor AFTER_SALES = new Actor("a1", "陈售后", Set.of(Role.AFTER_SALES));
    static final Actor SUPER_ADMIN = new Actor("s1", "王超管", Set.of(Role.SUPER_ADMIN));
    static final String CUSTOMER = "C1";

    /** One step: what to do, on which visit or loan, and the random numbers it draws on. */
    record Step(int kind, int target, long amount, int part, boolean twice) {
    }

    @Provide
    Arbitrary<List<Step>> journeys() {
        return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 9),
                Arbitraries.longs().between(0, 2_400_000), Arbitraries.integers().between(1, 100),
                Arbitraries.of(false, false, true)).as(Step::new).list().ofMinSize(5).ofMaxSize(40);
    }

    @Property(tries = 1000)
    void moneyAndFactsAgree(@ForAll("journeys") List<Step> steps) {
        World w = new World();
        for (Step s : steps) {
            w.take(s);
            w.check();
        }
    }

    /** The clinic's two departments over in-memory ports, with two visits of one customer. */
    static final class World {
        final InMemory.Visits store = new InMemory.Visits();
        final InMemory.Timers scheduler = new InMemory.Timers();
        final MovingClock clock = new MovingClock();
        final LoanLedger ledger = new LoanLedger(new Commands<>(LoanKind.LOAN, store, clock, scheduler),
                new Timers(scheduler, new InMemory.Armed(store)));
        final Commands<PayingCustomer, ?> customerRecords = new Commands<>(PayingCustomerKind.CUSTOMER, store, clock);
        final PayingCustomers customers = new PayingCustomers(new Commands<>(PayingCustomerKind.CUSTOMER, store,
                clock), new Commands<>(PayingCustomerKind.LEVELS, store, clock), null);
        final VisitFactsListener listener = new VisitFactsListener(customers, ledger,
                new Commands<>(FollowUpKind.FOLLOW_UP, store, clock, scheduler));
        final List<Visit> visits = new ArrayList<>();
        /**
         * The name the paying customers' list should show: the first paid visit's, then each correction made on any
         * of her visits once she is on the list.
         */
        String expectedName;
        int ids;
        /** Loans of a rejected journey, or owing nothing, that got a dunning task anyway. */
        final List<String> wrongDunning = new ArrayList<>();

        World() {
            visits.add(priced("V261123-AAAAA1", 1_500_000, 300_000));
            visits.add(priced("V261123-AAAAA2", 800_000, 0));
        }

        private Visit priced(String code, long first, long second) {
            StaffMember consultant = new StaffMember("c1", "冯咨询", null, Set.of(Role.CONSULTANT), true);
            Visit v = Visit.book(code, CUSTOMER, new BookAppointment(new CustomerProfile("王晓", "13912345678",
                    Gender.FEMALE, 30, List.of(), "抖音", null), new ArrivalPlan(START, TransportMode.OTHER, null,
                    "医院")), DESK, START).after();
            return v.confirmArrival(DESK, START).orThrow().after().reception().assignConsultant(consultant, DESK, null, START)
                    .orThrow().after().reception().startConsultation("s", consultant.ref(), START).orThrow().after()
                    .reception().submitOrder(List.of(new OrderItem("a", "双眼皮", first, null, null, first),
                            new OrderItem("b", "祛斑", second, null, null, second)), consultant.ref(), START)
                    .orThrow().after().billing().reviewPrices(Map.of(), ADMIN, START).orThrow().after();
        }

        void take(Step s) {
            clock.now = clock.now.plusSeconds(60);
            int i = s.target() % visits.size();
            Visit v = visits.get(i);
            Instant now = clock.instant();
            switch (s.kind()) {
                case 0 -> visit(i, s, v.billing().reviewPrices(Map.of(s.part() % 2, s.amount()), ADMIN, now));
                case 1, 2 -> visit(i, s, v.billing().collectPayment(payLines(v, s), newIds(3), DESK, now));
                case 3 -> visit(i, s, v.billing().refund(refundLines(v, s), newIds(12), DESK, now));
                case 4 -> visit(i, s, s.part() % 2 == 0 ? v.reject("客户决定不做手术", ADMIN, now)
                        : v.restore(ADMIN, now));
                case 5 -> visit(i, s, v.editCustomer(new CustomerProfile(s.part() % 2 == 0 ? "汪晓" : "王小晓",
                        v.customer().phone(), v.customer().gender(), v.customer().age(), List.of(),
                        "小红书" + s.part() % 3, null), ADMIN, now));
                case 6, 7 -> loan(s, l -> ledger.repay(AFTER_SALES, l.id(), l.version(), new RepaymentForm(
                        String.valueOf(1 + s.amount() % l.outstanding()), "WECHAT_PAY", today(), null), null));
                case 8 -> loan(s, l -> ledger.settleEarly(AFTER_SALES, l.id(), l.version(), new RepaymentForm(
                        String.valueOf(l.outstanding()), "CASH", today(), "提前结清"), null));
                case 9 -> loan(s, l -> ledger.writeOff(SUPER_ADMIN, l.id(), l.version(),
                        new ReasonForm("院长批准免除"), null));
                case 10 -> loan(s, l -> ledger.restructure(AFTER_SALES, l.id(), l.version(), new RestructureForm(
                        String.valueOf(1 + s.part() % 12), today(), "延长分期"), null));
                default -> jump(Duration.ofDays(1 + s.amount() % 75));
            }
        }

        /** A visit's accepted change, and its facts delivered to after-sales (some twice, as a stream may). */
        private void visit(int i, Step s, Decision<Visit, VisitEvent> decision) {
            if (!(decision instanceof Accepted<Visit, VisitEvent> a)) {
                return;
            }
            visits.set(i, a.after());
            boolean listed = customerRecords.find(CUSTOMER).isPresent();
            if (a.event().type().equals("EDIT_CUSTOMER") && listed
                    || a.event().type().equals("COLLECT_PAYMENT") && !listed) {
                expectedName = a.after().customer().name();
            }
            for (var fact : VisitKind.VISIT.published(a.event(), a.after())) {
                listener.apply((VisitFact) fact);
                if (s.twice()) {
                    listener.apply((VisitFact) fact);
                }
            }
        }

        /** Lines that pay part of what is due: cash, card, and sometimes a loan over some months. */
        private List<PaymentForm.Line> payLines(Visit v, Step s) {
            long due = Math.max(1, v.balance() * s.part() / 100);
            if (s.kind() == 2 && due > 1) {
                return List.of(new PaymentForm.Line(PaymentMethod.WECHAT_PAY, due / 3, null, null, null, null),
                        new PaymentForm.Line(PaymentMethod.LOAN, due - due / 3, null, 1 + s.part() % 12,
                                ShanghaiTime.dateOf(clock.instant()).plusDays(s.part() % 60), null));
            }
            return List.of(new PaymentForm.Line(PaymentMethod.CARD, due, null, null, null, null));
        }

        /** Lines that give back part of what is owed, the way it came; loans by name or newest first. */
        private List<PaymentForm.Line> refundLines(Visit v, Step s) {
            return settling(v, Math.max(1, -v.balance() * s.part() / 100), s.part() % 2 == 0);
        }

        private void loan(Step s, Function<LoanAccount, ?> step) {
            List<LoanAccount> loans = loans();
            if (loans.isEmpty()) {
                return;
            }
            LoanAccount l = loans.get(s.target() % loans.size());
            if (l.outstanding() == 0) {
                return;
            }
            try {
                step.apply(l);
            } catch (ClinicException refused) {
                // a step the loan's state refuses (a suspended loan's dunning, …) changes nothing
            }
        }

        /** The clock moves on; every timer due by then fires, in order. */
        private void jump(Duration by) {
            clock.now = clock.now.plus(by);
            List<Timer> due = scheduler.pending.values().stream().filter(t -> !t.at().isAfter(clock.now))
                    .sorted(Comparator.comparing(Timer::at)).toList();
            for (Timer t : due) {
                scheduler.pending.remove(t.name());
                LoanAccount before = ledger.get(AFTER_SALES, t.subjectId());
                if (ledger.reportOverdue(t.subjectId(), t.occurrence(), t.at())
                        && (before.suspended() || before.outstanding() == 0)) {
                    wrongDunning.add(t.subjectId());
                }
            }
        }

        void check() {
            long paidAll = 0;
            for (Visit v : visits) {
                for (PaymentMethod m : PaymentMethod.values()) {
                    assertTrue(v.netPaidBy(m) >= 0, m + " paid net of refunds is never negative");
                }
                for (Payment taken : v.payments().loans()) {
                    LoanAccount l = ledger.get(AFTER_SALES, taken.id());
                    assertEquals(l.principal(), l.total(), "a loan's principal is the sum of its periods");
                    assertTrue(l.principal() <= v.payments().financedBy(taken.id()),
                            "a loan never asks more than the visit still finances through it");
                    long periodsPaid = l.periodsOn(today0()).stream().mapToLong(Period::paid).sum();
                    assertEquals(l.received(), periodsPaid, "what a loan received is what its periods were paid");
                    assertTrue(l.received() >= 0 && l.received() <= l.principal(), "received within the principal");
                    if (v.stage() == VisitStage.REJECTED) {
                        assertTrue(l.outstanding() == 0 || l.suspended(), "a rejected journey's loan is not dunned");
                    }
                }
                paidAll += v.paid();
                if (v.stage() != VisitStage.REJECTED) {
                    assertTrue(settles(v), "the cashier can bring " + v.code() + " to balance 0");
                }
            }
            assertTrue(wrongDunning.isEmpty(), "dunning tasks for loans that owe nothing or are suspended: "
                    + wrongDunning);
            boolean anyPaid = visits.stream().anyMatch(v -> !v.payments().all().isEmpty());
            if (anyPaid) {
                PayingCustomer c = customerRecords.get(CUSTOMER);
                assertEquals(paidAll, c.paid(), "the paying customer's total is the visits' net paid");
                for (Visit v : visits) {
                    assertEquals(v.paid(), c.paidFor(v.code()), "per visit, net of refunds");
                }
                assertEquals(expectedName, c.name(), "the paying customer is named as last corrected");
            }
        }

        /** Whether a collection (when money is due) or a refund the way it came (when owed) reaches balance 0. */
        private boolean settles(Visit v) {
            Instant now = clock.instant();
            if (v.balance() == 0 || !VisitStage.PRICED.contains(v.stage())) {
                return true;
            }
            Decision<Visit, VisitEvent> d = v.balance() > 0
                    ? v.billing().collectPayment(List.of(new PaymentForm.Line(PaymentMethod.CASH, v.balance(), null, null, null,
                            null)), List.of("x"), DESK, now)
                    : v.billing().refund(settling(v, -v.balance(), false), newIds(12), DESK, now);
            return d instanceof Accepted<Visit, VisitEvent> a && a.after().balance() == 0;
        }

        /** Lines giving back {@code owed} the way the money came: cash methods first, then the loans. */
        private List<PaymentForm.Line> settling(Visit v, long owed, boolean namedLoans) {
            List<PaymentForm.Line> lines = new ArrayList<>();
            Map<PaymentMethod, Long> left = new EnumMap<>(PaymentMethod.class);
            for (PaymentMethod m : PaymentMethod.values()) {
                left.put(m, v.netPaidBy(m));
            }
            for (PaymentMethod m : PaymentMethod.values()) {
                if (m == PaymentMethod.LOAN || owed == 0) {
                    continue;
                }
                long back = Math.min(owed, left.get(m));
                if (back > 0) {
                    lines.add(new PaymentForm.Line(m, back, null, null, null, null));
                    owed -= back;
                }
            }
            if (namedLoans) {
                for (Payment loan : v.payments().loans()) {
                    long back = Math.min(owed, v.payments().financedBy(loan.id()));
                    if (back > 0) {
                        lines.add(new PaymentForm.Line(PaymentMethod.LOAN, back, null, null, null, loan.id()));
                        owed -= back;
                    }
                }
            } else if (owed > 0) {
                lines.add(new PaymentForm.Line(PaymentMethod.LOAN, owed, null, null, null, null));
            }
            return lines.subList(0, Math.min(lines.size(), 10));
        }

        private List<LoanAccount> loans() {
            return visits.stream().flatMap(v -> v.payments().loans().stream())
                    .map(p -> ledger.get(AFTER_SALES, p.id())).toList();
        }

        private List<String> newIds(int n) {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                out.add("P" + ++ids);
            }
            return out;
        }

        private String today() {
            return today0().toString();
        }

        private java.time.LocalDate today0() {
            return ShanghaiTime.dateOf(clock.instant());
        }
    }

    /** A clock the sequence moves forward. */
    static final class MovingClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
