package com.clinic.aftersales.functions.loans;

import com.clinic.aftersales.loan.DunningContact;
import com.clinic.aftersales.loan.LedgerEntry;
import com.clinic.aftersales.loan.LoanAccount;
import com.clinic.aftersales.loan.Period;
import com.clinic.aftersales.loan.Repayment;
import com.clinic.journey.visit.Assignment;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.views.StaffView;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan as after-sales staff see it (C-17…C-21): the money in fen (total, received, recovered, outstanding), the
 * periods as they stand today in Shanghai (C-19 分期明细), the repayments and recoveries (C-18 还款明细, C-21 追回明细),
 * the dunning contacts (C-20 催款明细) and the owner with its history. Times are shown in Asia/Shanghai.
 */
@Serdeable
public record LoanView(String id, String visitCode, String customerId, String customerName, String phone,
                       long principal, long total, long received, long recovered, long outstanding,
                       String nextDueDate, long daysOverdue, String status, StaffView.Ref owner,
                       List<OwnerChange> ownerHistory, List<PeriodView> periods, List<RepaymentView> repayments,
                       List<ContactView> dunning, List<ChangeView> changes, String suspendedFor,
                       String openedAt, long version) {

    /** A change of the loan's terms or customer: a refund's reduction, new terms, early settlement, write-off. */
    @Serdeable
    public record ChangeView(String id, String kind, long amount, long returned, String note, StaffView.Ref by,
                             String at) {
    }

    @Serdeable
    public record OwnerChange(StaffView.Ref staff, StaffView.Ref assignedBy, String assignedAt, String reason) {
    }

    @Serdeable
    public record PeriodView(int period, String dueDate, long amount, long paid, long remaining, String state) {
    }

    @Serdeable
    public record RepaymentView(String id, long amount, String method, String methodLabel, String paidOn,
                                String remark, boolean recovery, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record ContactView(String id, String channel, String channelLabel, String outcome, String promisedOn,
                              String note, StaffView.Ref by, String at) {
    }

    /** A line of a list across loans: the loan and customer, and the contact or recovery. */
    @Serdeable
    public record EntryView<T>(String loanId, String visitCode, String customerName, T entry) {
        static <S, T> EntryView<T> of(LedgerEntry<S> e, java.util.function.Function<S, T> view) {
            return new EntryView<>(e.loanId(), e.visitCode(), e.customerName(), view.apply(e.entry()));
        }
    }

    public static LoanView of(LoanAccount l, Instant now) {
        LocalDate today = ShanghaiTime.dateOf(now);
        return new LoanView(l.id(), l.visitCode(), l.customerId(), l.customerName(), l.phone(), l.principal(),
                l.total(), l.received(), l.recovered(), l.outstanding(), text(l.nextDueDate()), l.daysOverdue(today),
                l.status().name(), StaffView.Ref.of(l.owner().current()),
                l.owner().history().stream().map(LoanView::change).toList(),
                l.periodsOn(today).stream().map(LoanView::period).toList(),
                l.repayments().stream().map(LoanView::repayment).toList(),
                l.dunning().stream().map(LoanView::contact).toList(), l.changes().stream().map(c -> new ChangeView(
                        c.id(), c.kind().name(), c.amount(), c.returned(), c.note(), StaffView.Ref.of(c.by()),
                        ShanghaiTime.show(c.at()))).toList(), l.suspended() ? l.hold().reason() : null,
                ShanghaiTime.show(l.openedAt()), l.version());
    }

    /** The loan's ETag: its version, which If-Match sends back. */
    public static String etag(LoanAccount l) {
        return "\"" + l.version() + "\"";
    }

    /** The answer to a command on a loan: its new state, its ETag, and whether this is a replayed answer. */
    public static ApiResponse changed(Outcome<LoanAccount> outcome, Instant now) {
        return ApiResponse.ok(of(outcome.value(), now)).taggedWith(outcome);
    }

    private static OwnerChange change(Assignment a) {
        return new OwnerChange(StaffView.Ref.of(a.staff()), StaffView.Ref.of(a.assignedBy()),
                ShanghaiTime.show(a.assignedAt()), a.reason());
    }

    private static PeriodView period(Period p) {
        return new PeriodView(p.period(), p.dueDate().toString(), p.amount(), p.paid(), p.remaining(),
                p.state().name());
    }

    static RepaymentView repayment(Repayment r) {
        return new RepaymentView(r.id(), r.amount(), r.method().name(), r.method().label(), r.paidOn().toString(),
                r.remark(), r.recovery(), StaffView.Ref.of(r.by()), ShanghaiTime.show(r.at()));
    }

    static ContactView contact(DunningContact c) {
        return new ContactView(c.id(), c.channel().name(), c.channel().label(), c.outcome(), text(c.promisedOn()),
                c.note(), StaffView.Ref.of(c.by()), ShanghaiTime.show(c.at()));
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
