package com.clinic.program;

import com.clinic.platform.Actor;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.program.Program.Stage;
import com.clinic.program.ProgramEvent.DeliveryChosen;
import com.clinic.program.ProgramEvent.DeliveryFollowedUp;
import com.clinic.program.ProgramEvent.GoodsPacked;
import com.clinic.program.ProgramEvent.ReceiptConfirmed;
import com.clinic.program.ProgramEvent.ShipmentConfirmed;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * H-09…H-12 the plan's goods on their way to the customer: the method chosen, the goods packed against the plan,
 * the shipment confirmed, customer service's follow-ups and her receipt; each closes its step's deadline and opens
 * the next one's.
 */
public final class DeliverySteps {
    private DeliverySteps() {
    }

    /**
     * H-09 确认收货方式: customer service records pickup (point, time) or mail (address) and it reaches the admin,
     * who owes the packing in 4 h. It may be corrected until the goods are packed.
     */
    public static Decision<Program, ProgramEvent> choose(Program p, Delivery chosen, Instant at, Program.Due due) {
        if (p.stage() != Stage.PLAN_SUBMITTED && p.stage() != Stage.DELIVERY_CHOSEN) {
            return Decision.refuse(p.stage().compareTo(Stage.PLAN_SUBMITTED) < 0
                    ? "the delivery is chosen once the plan is submitted" : "the goods are packed already");
        }
        List<Deadline> d = p.stage() == Stage.PLAN_SUBMITTED ? Program.plus(p.done(Step.CHOOSE_DELIVERY, at),
                Step.PACK_GOODS, due.of(Step.PACK_GOODS), at) : p.deadlines();
        return new Accepted<>(p.care(Stage.DELIVERY_CHOSEN, p.archive(), p.plans(), chosen, d),
                new DeliveryChosen(p.id(), chosen.chosenBy(), at, chosen));
    }

    /**
     * H-10 配货: the admin packs exactly the latest plan's goods (each line named, in its quantity); mail needs the
     * partner carrier and the tracking number, pickup its point and time. Confirming the shipment is owed within 1 h.
     */
    public static Decision<Program, ProgramEvent> pack(Program p, List<Plan.Goods> packed, Delivery.Packing packing,
                                                       Instant at, Program.Due due) {
        if (p.stage() != Stage.DELIVERY_CHOSEN) {
            return Decision.refuse(p.stage().compareTo(Stage.DELIVERY_CHOSEN) < 0
                    ? "the goods are packed once the delivery is chosen" : "the goods are packed already");
        }
        Plan plan = p.plan().orElseThrow();
        if (!new HashSet<>(packed).equals(new HashSet<>(plan.goods()))) {
            List<String> missing = plan.goods().stream().filter(g -> !packed.contains(g))
                    .map(g -> g.name() + "×" + g.quantity()).toList();
            List<String> extra = packed.stream().filter(g -> !plan.goods().contains(g))
                    .map(g -> g.name() + "×" + g.quantity()).toList();
            return Decision.invalid("goods", "must match plan version " + plan.version() + (missing.isEmpty() ? ""
                    : "; missing " + String.join(", ", missing)) + (extra.isEmpty() ? ""
                    : "; not in the plan " + String.join(", ", extra)));
        }
        Delivery delivery = p.delivery();
        boolean mail = delivery.method() == Delivery.Method.MAIL;
        if (mail && (packing.carrierCode() == null || packing.trackingNo() == null)) {
            return Decision.invalid(packing.carrierCode() == null ? "carrier" : "trackingNo",
                    "is required for mail: the partner carrier and its tracking number");
        }
        Delivery.Packing recorded = mail
                ? new Delivery.Packing(plan.version(), packing.carrierCode(), packing.carrierName(),
                packing.trackingNo(), null, null, packing.by(), at)
                : new Delivery.Packing(plan.version(), null, null, null,
                packing.pickupPoint() == null ? delivery.pickupPoint() : packing.pickupPoint(),
                packing.pickupAt() == null ? delivery.pickupAt() : packing.pickupAt(), packing.by(), at);
        return new Accepted<>(p.care(Stage.PACKED, p.archive(), p.plans(), delivery.packed(recorded),
                Program.plus(p.done(Step.PACK_GOODS, at), Step.CONFIRM_SHIPMENT, due.of(Step.CONFIRM_SHIPMENT), at)),
                new GoodsPacked(p.id(), packing.by(), at, recorded));
    }

    /**
     * H-11 确认发货: the admin confirms the shipment with photos of the goods; the group is told (the manual's
     * message with carrier and tracking number) and customer service owes the follow-up in 24 h and, should the
     * receipt still be unconfirmed after 48 h, the private reminder.
     */
    public static Decision<Program, ProgramEvent> confirmShipment(Program p, List<String> photoKeys, StaffRef by,
                                                                  Instant at, Program.Due due) {
        if (p.stage() != Stage.PACKED) {
            return Decision.refuse(p.stage().compareTo(Stage.PACKED) < 0 ? "the goods are packed first"
                    : "the shipment is confirmed already");
        }
        List<Deadline> d = Program.plus(Program.plus(p.done(Step.CONFIRM_SHIPMENT, at), Step.FOLLOW_UP_DELIVERY,
                due.of(Step.FOLLOW_UP_DELIVERY), at), Step.REMIND_RECEIPT, due.of(Step.REMIND_RECEIPT), at);
        return new Accepted<>(p.care(Stage.SHIPPED, p.archive(), p.plans(), p.delivery().shipped(
                new Delivery.Shipment(photoKeys, by, at)), d), new ShipmentConfirmed(p.id(), by, at,
                p.delivery().packing()));
    }

    /**
     * H-12 跟进收货: customer service's message about the goods, in the group (closes the 24 h follow-up) or
     * privately (the reminder owed once 48 h pass unconfirmed).
     */
    public static Decision<Program, ProgramEvent> followUp(Program p, Delivery.FollowUp f) {
        if (p.stage() != Stage.SHIPPED) {
            return Decision.refuse(p.stage() == Stage.RECEIVED ? "the customer confirmed receipt already"
                    : "the goods are followed up once the shipment is confirmed");
        }
        List<Deadline> d = Program.doneIn(p.deadlines(), f.at(), f.privately() ? Step.REMIND_RECEIPT
                : Step.FOLLOW_UP_DELIVERY);
        return new Accepted<>(p.care(p.stage(), p.archive(), p.plans(), p.delivery().followedUp(f), d),
                new DeliveryFollowedUp(p.id(), f.by(), f.at(), f.privately(), f.text()));
    }

    /** H-12 确认收货: the customer confirms she has her goods; the follow-up deadlines close. */
    public static Decision<Program, ProgramEvent> confirmReceipt(Program p, Actor customer, Instant at,
                                                                 Program.Due due) {
        if (!customer.id().equals(p.order().customerId())) {
            return Decision.refuse("only the customer confirms her receipt");
        }
        if (p.stage() != Stage.SHIPPED) {
            return Decision.refuse(p.stage() == Stage.RECEIVED ? "receipt is confirmed already"
                    : "the goods are not shipped yet");
        }
        return new Accepted<>(p.care(Stage.RECEIVED, p.archive(), p.plans(), p.delivery().received(at),
                Program.plus(Program.doneIn(p.deadlines(), at, Step.FOLLOW_UP_DELIVERY, Step.REMIND_RECEIPT),
                        Step.GUIDE_DEVICES, due.of(Step.GUIDE_DEVICES), at)),
                new ReceiptConfirmed(p.id(), customer.ref(), at));
    }
}
