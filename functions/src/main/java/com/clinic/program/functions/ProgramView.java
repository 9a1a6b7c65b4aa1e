package com.clinic.program.functions;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.views.StaffView;
import com.clinic.program.Contract;
import com.clinic.program.Deadline;
import com.clinic.program.Delivery;
import com.clinic.program.PaidOrder;
import com.clinic.program.Plan;
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
                          boolean verified, List<InvitationView> team, ContractView contract, String archive,
                          List<PlanView> plans, DeliveryView delivery, PlanDaysView days,
                          List<DeadlineView> deadlines, StaffView.Ref receivedBy, String receivedAt, long version) {

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

    /** H-08 a plan version as submitted (every version stays, oldest first). */
    @Serdeable
    public record PlanView(int version, String templateId, int days, String mealPlanType, String diet,
                           String exercise, String sleep, String mind, List<GoodsView> goods, StaffView.Ref by,
                           String submittedAt) {
        public static PlanView of(Plan p) {
            return new PlanView(p.version(), p.templateId(), p.days(), p.mealPlanType(), p.diet(), p.exercise(),
                    p.sleep(), p.mind(), GoodsView.of(p.goods()), StaffView.Ref.of(p.by()),
                    ShanghaiTime.show(p.submittedAt()));
        }
    }

    @Serdeable
    public record GoodsView(String name, int quantity) {
        public static List<GoodsView> of(List<Plan.Goods> goods) {
            return goods.stream().map(g -> new GoodsView(g.name(), g.quantity())).toList();
        }
    }

    /** H-09…H-12 the delivery: the method chosen, the packing, the shipment (its photos' count), follow-ups, receipt. */
    @Serdeable
    public record DeliveryView(String method, String pickupPoint, String pickupAt, String address, String recipient,
                               String recipientPhone, StaffView.Ref chosenBy, String chosenAt, PackingView packing,
                               ShipmentView shipment, List<FollowUpView> followUps, String receivedAt) {
        static DeliveryView of(Delivery d) {
            if (d == null) {
                return null;
            }
            Delivery.Packing k = d.packing();
            Delivery.Shipment s = d.shipment();
            return new DeliveryView(d.method().name(), d.pickupPoint(), ShanghaiTime.show(d.pickupAt()), d.address(),
                    d.recipient(), d.recipientPhone(), StaffView.Ref.of(d.chosenBy()), ShanghaiTime.show(d.chosenAt()),
                    k == null ? null : new PackingView(k.planVersion(), k.carrierCode(), k.carrierName(),
                            k.trackingNo(), k.pickupPoint(), ShanghaiTime.show(k.pickupAt()), StaffView.Ref.of(k.by()),
                            ShanghaiTime.show(k.at())),
                    s == null ? null : new ShipmentView(s.photoKeys().size(), StaffView.Ref.of(s.by()),
                            ShanghaiTime.show(s.at())),
                    d.followUps().stream().map(f -> new FollowUpView(f.text(), f.privately(),
                            StaffView.Ref.of(f.by()), ShanghaiTime.show(f.at()))).toList(),
                    ShanghaiTime.show(d.receivedAt()));
        }
    }

    @Serdeable
    public record PackingView(int planVersion, String carrierCode, String carrierName, String trackingNo,
                              String pickupPoint, String pickupAt, StaffView.Ref by, String at) {
    }

    /** The confirmed shipment; its photos are at {@code GET /programs/{id}/shipment/photos}. */
    @Serdeable
    public record ShipmentView(int photos, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record FollowUpView(String text, boolean privately, StaffView.Ref by, String at) {
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

    /** The plan's days as the program follows them from its course: day 1, today's day, the end (day 50 or marked). */
    @Serdeable
    public record PlanDaysView(String start, int today, String endsOn, String endedOn) {
        static PlanDaysView of(com.clinic.program.PlanDays d, Instant now) {
            return d == null ? null : new PlanDaysView(d.start().toString(), d.dayOf(ShanghaiTime.dateOf(now)),
                    d.end().toString(), d.endedOn() == null ? null : d.endedOn().toString());
        }
    }

    public static ProgramView of(Program p, Instant now) {
        PaidOrder o = p.order();
        PaidOrder.Payment pay = o.payment();
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
                ContractView.of(p.contract()), p.archive().name(), p.plans().stream().map(PlanView::of).toList(),
                DeliveryView.of(p.delivery()), PlanDaysView.of(p.days(), now),
                p.deadlines().stream().map(d -> DeadlineView.of(d, now)).toList(), StaffView.Ref.of(p.receivedBy()),
                ShanghaiTime.show(p.receivedAt()), p.version());
    }
}
