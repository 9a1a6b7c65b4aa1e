package com.clinic.program.functions;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.views.StaffView;
import com.clinic.program.Contract;
import com.clinic.program.Deadline;
import com.clinic.program.Program;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A program as its staff and its customer see it: the order and payment, the stage, the contract type, a hold and
 * its mismatches, the service team's invitations, and each step's deadline (late once past and undone); times in
 * Asia/Shanghai.
 */
@Serdeable
public record ProgramView(String id, OrderView order, String stage, String contractType, HoldView hold,
                          boolean verified, List<InvitationView> team, ContractView contract,
                          List<DeadlineView> deadlines, StaffView.Ref receivedBy, String receivedAt,
                          long version) {

    @Serdeable
    public record OrderView(String orderNo, String channel, String channelLabel, String customerId,
                            String customerName, String phone, String product, long amount, PaymentView payment) {
    }

    @Serdeable
    public record PaymentView(String channel, long amount, String payerName, String payerPhone, String reference,
                              String paidAt) {
    }

    @Serdeable
    public record HoldView(List<String> mismatches, StaffView.Ref by, String at) {
    }

    /**
     * H-03 / H-04: the contract's state; offline, whether the scan is filed; online, the version and digest of the
     * text signed, both signatures and the print job of the signed PDF.
     */
    @Serdeable
    public record ContractView(String status, boolean scanFiled, String unreadableReason, StaffView.Ref by,
                               String at, String textVersion, String textDigest, SignedView customer,
                               SignedView company, String pdfJobId) {
        public static ContractView of(Contract c) {
            return new ContractView(c.status().name(), c.scanKey() != null, c.unreadableReason(),
                    c.by() == null ? null : StaffView.Ref.of(c.by()), ShanghaiTime.show(c.at()), c.textVersion(),
                    c.textDigest(), SignedView.of(c.customer()), SignedView.of(c.company()), c.pdfJobId());
        }
    }

    /** A party's signature: who, the name signed, when. */
    @Serdeable
    public record SignedView(String id, String name, String at) {
        static SignedView of(Contract.Signed s) {
            return s == null ? null : new SignedView(s.id(), s.name(), ShanghaiTime.show(s.at()));
        }
    }

    /** H-02: a seat's invitation. */
    @Serdeable
    public record InvitationView(String seat, StaffView.Ref member, String status, String invitedAt,
                                 String answeredAt, int attempt) {
    }

    @Serdeable
    public record DeadlineView(int n, String step, String specId, String owes, String dueAt, String doneAt,
                               boolean late, String overdueReportedAt) {
        static DeadlineView of(Deadline d, Instant now) {
            return new DeadlineView(d.n(), d.step().name(), d.step().specId(), d.step().owes().name(),
                    ShanghaiTime.show(d.dueAt()), ShanghaiTime.show(d.doneAt()),
                    d.open() && !now.isBefore(d.dueAt()), ShanghaiTime.show(d.overdueAt()));
        }
    }

    /** A received order's answer: 201 with the new program, or 200 with the one an earlier delivery made. */
    public static ApiResponse received(Outcome<Program> received, Instant now) {
        ProgramView view = of(received.value(), now);
        return (received.replayed() ? ApiResponse.ok(view)
                : ApiResponse.created(view, "/programs/" + view.id())).taggedWith(received);
    }

    public static ProgramView of(Program p, Instant now) {
        Program.Order o = p.order();
        Program.Payment pay = o.payment();
        return new ProgramView(p.id(), new OrderView(o.orderNo(), o.channel().name(), o.channel().label(),
                o.customerId(), o.customerName(), o.phone(), o.product(), o.amount(), new PaymentView(
                        pay.channel().name(), pay.amount(), pay.payerName(), pay.payerPhone(), pay.reference(),
                        ShanghaiTime.show(pay.paidAt()))), p.stage().name(),
                p.contractType() == null ? null : p.contractType().name(),
                p.hold() == null ? null : new HoldView(p.hold().mismatches(), StaffView.Ref.of(p.hold().by()),
                        ShanghaiTime.show(p.hold().at())), p.verified(),
                p.team().invitations().stream().map(i -> new InvitationView(i.seat().name(),
                        StaffView.Ref.of(i.member()), i.status().name(), ShanghaiTime.show(i.invitedAt()),
                        ShanghaiTime.show(i.answeredAt()), i.attempt())).toList(),
                ContractView.of(p.contract()),
                p.deadlines().stream().map(d -> DeadlineView.of(d, now)).toList(), StaffView.Ref.of(p.receivedBy()),
                ShanghaiTime.show(p.receivedAt()), p.version());
    }
}
