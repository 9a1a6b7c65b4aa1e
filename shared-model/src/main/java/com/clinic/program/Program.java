package com.clinic.program;

import com.clinic.platform.Actor;
import com.clinic.platform.Money;
import com.clinic.platform.Names;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 49-day health program of one paid order (seed 003), from the order to the end of its care: its own record
 * and state machine, sharing the platform's command path: H-01 (the order in, the contract type confirmed, a
 * mismatch held for the technical team), H-02 (the service team invited into the customer's group) and the step
 * deadlines (T-12).
 */
public record Program(String id, Order order, Stage stage, ContractType contractType, Hold hold, boolean verified,
                      Team team, Contract contract, HealthArchive.Status archive, List<Plan> plans,
                      Delivery delivery, PlanDays days, List<Deadline> deadlines, StaffRef receivedBy,
                      Instant receivedAt, long version)
        implements Aggregate {

    /** Where a program stands. */
    public enum Stage {
        /** Paid; the admin owes the contract type (H-01). */
        ORDER_RECEIVED,
        /** Payment and order disagree: the technical team verifies before the contract type is confirmed. */
        HELD,
        /** H-01 done: online or offline contract; the team is invited next (H-02). */
        CONTRACT_TYPE_CONFIRMED,
        /** H-02 done: the service team is invited into the customer's group; contract and archive follow. */
        TEAM_INVITED,
        /** H-08 done: the plan is written; customer service asks how the goods should come (H-09). */
        PLAN_SUBMITTED,
        /** H-09 done: pickup or mail recorded; the admin packs (H-10). */
        DELIVERY_CHOSEN,
        /** H-10 done: packed and sent off (mail: carrier and tracking number); the admin confirms with photos. */
        PACKED,
        /** H-11 done: the shipment is confirmed in the group; customer service follows it up (H-12). */
        SHIPPED,
        /** H-12 done: the customer confirmed receipt; video call 1 comes next (H-13), then the start date. */
        RECEIVED,
        /** The head coach set the start date: the 49 days run (H-14…H-17). */
        STARTED,
        /** H-18 done: customer service marked the plan ended; the after-plan steps follow (H-19…H-24). */
        ENDED,
        /** Stopped: every pending timer cancelled, every open deadline closed. */
        STOPPED
    }

    /** When each step falls due if it starts now (the service computes it on the working-day calendar). */
    @FunctionalInterface
    public interface Due {
        Instant of(Step step);
    }

    /** How the order was paid: in the app, or by bank transfer registered by the admin. */
    public enum Channel {
        APP_PAYMENT("APP 支付"), OFFLINE_TRANSFER("线下转账");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The contract that goes with the channel: an app order is signed online, a transfer on paper. */
        public ContractType contract() {
            return this == APP_PAYMENT ? ContractType.ONLINE : ContractType.OFFLINE;
        }
    }

    public enum ContractType { ONLINE, OFFLINE }

    /** The shop's order: who bought which program for how much (fen), through which channel. */
    public record Order(String orderNo, Channel channel, String customerId, String customerName, String phone,
                        String product, long amount, Payment payment) {
    }

    /** The payment the order was paid with, as the payment system reports it. */
    public record Payment(Channel channel, long amount, String payerName, String payerPhone, String reference,
                          Instant paidAt) {
    }

    /** Why the program waits for the technical team: each thing that disagrees, and who found it when. */
    public record Hold(List<String> mismatches, StaffRef by, Instant at) {
        public Hold {
            mismatches = List.copyOf(mismatches);
        }
    }

    public Program {
        plans = List.copyOf(plans);
        deadlines = List.copyOf(deadlines);
    }

    public static String idOf(String orderNo) {
        return "P-" + orderNo;
    }

    /** A paid order becomes a program; the admin owes the contract type by {@code contractTypeDue}. */
    public static Accepted<Program, ProgramEvent> receive(Order order, StaffRef by, Instant at,
                                                         Instant contractTypeDue) {
        Program p = new Program(idOf(order.orderNo()), order, Stage.ORDER_RECEIVED, null, null, false, Team.NONE,
                Contract.PENDING, HealthArchive.Status.EMPTY, List.of(), null, null, plus(List.of(), Step.CONFIRM_CONTRACT_TYPE, contractTypeDue, at), by, at, 1);
        return new Accepted<>(p, new ProgramEvent(ProgramEvent.ORDER_RECEIVED, p.id(), by, at, "收到订单 "
                + order.orderNo() + "（" + order.channel().label() + "，" + Money.yuan(order.amount()) + "）"));
    }

    /**
     * What disagrees between the order and its payment: the amount, the channel, the payer's phone and name (each
     * when the payment names it; names compared in one normal form, so spaces and full-width letters do not count).
     * Empty when they match.
     */
    public List<String> mismatches() {
        List<String> out = new ArrayList<>();
        Payment p = order.payment();
        if (p.amount() != order.amount()) {
            out.add("金额不一致：订单 " + Money.yuan(order.amount()) + "，支付 " + Money.yuan(p.amount()));
        }
        if (p.channel() != order.channel()) {
            out.add("渠道不一致：订单 " + order.channel().label() + "，支付 " + p.channel().label());
        }
        if (p.payerPhone() != null && !p.payerPhone().equals(order.phone())) {
            out.add("付款人不一致：订单 " + order.phone() + "，支付 " + p.payerPhone());
        }
        if (p.payerName() != null && !Names.normalised(p.payerName()).equals(Names.normalised(order.customerName()))) {
            out.add("付款人姓名不一致：订单 " + order.customerName() + "，支付 " + p.payerName());
        }
        return out;
    }

    /**
     * H-01 确认合同类型: the type follows the channel (an app order online, a transfer offline). When payment and
     * order disagree and the technical team has not verified them, the program is held instead (the deadline stays
     * owed). Confirmed, H-01's deadline is done and H-02's ({@code inviteDue}) begins.
     */
    public Decision<Program, ProgramEvent> confirmContractType(ContractType type, StaffRef by, Instant at,
                                                              Instant inviteDue) {
        if (stage != Stage.ORDER_RECEIVED) {
            return Decision.refuse(stage == Stage.HELD ? "the order is held until the technical team verifies it"
                    : "the contract type is confirmed already");
        }
        if (type != order.channel().contract()) {
            return Decision.invalid("contractType", "an order paid by " + order.channel().label() + " has an "
                    + order.channel().contract() + " contract");
        }
        List<String> mismatches = mismatches();
        if (!verified && !mismatches.isEmpty()) {
            return new Accepted<>(with(Stage.HELD, null, new Hold(mismatches, by, at), verified, deadlines),
                    new ProgramEvent(ProgramEvent.HELD, id, by, at, "支付与订单不一致，待技术核实："
                            + String.join("；", mismatches)));
        }
        List<Deadline> next = plus(done(Step.CONFIRM_CONTRACT_TYPE, at), Step.INVITE_TEAM, inviteDue, at);
        return new Accepted<>(with(Stage.CONTRACT_TYPE_CONFIRMED, type, null, verified, next),
                new ProgramEvent(ProgramEvent.CONTRACT_TYPE_CONFIRMED, id, by, at, "合同类型：" + (type
                        == ContractType.ONLINE ? "线上" : "线下")));
    }

    /** The technical team verified the payment: the admin may confirm the contract type now. */
    public Decision<Program, ProgramEvent> release(String note, StaffRef by, Instant at) {
        if (stage != Stage.HELD) {
            return Decision.refuse("only a held program is released");
        }
        return new Accepted<>(with(Stage.ORDER_RECEIVED, null, hold, true, deadlines),
                new ProgramEvent(ProgramEvent.RELEASED, id, by, at, "技术已核实：" + note));
    }

    /** T-12: the deadline passed with its step undone; reported once. */
    public Decision<Program, ProgramEvent> reportOverdue(int n, Instant at) {
        Optional<Deadline> d = deadline(n);
        if (d.isEmpty() || !d.get().overdueToReport(at)) {
            return Decision.refuse("deadline " + n + " is not overdue to report");
        }
        List<Deadline> next = deadlines.stream().map(x -> x.n() == n ? x.reported(at) : x).toList();
        return new Accepted<>(with(stage, contractType, hold, verified, next), new ProgramEvent(
                ProgramEvent.DEADLINE_OVERDUE, id, Actor.SYSTEM.ref(), at, d.get().step().specId() + " 已超时（应于 "
                        + ShanghaiTime.show(d.get().dueAt()) + " 前完成）"));
    }

    public Optional<Deadline> deadline(int n) {
        return deadlines.stream().filter(d -> d.n() == n).findFirst();
    }

    /**
     * H-02 邀请服务团队进群: the three seats, each a member holding its role, are invited; H-02's deadline is done.
     * The customer is in the group from the start.
     */
    public Decision<Program, ProgramEvent> inviteTeam(Map<Team.Seat, StaffMember> members,
                                                     StaffRef by, Instant at) {
        if (stage != Stage.CONTRACT_TYPE_CONFIRMED) {
            return Decision.refuse(stage == Stage.TEAM_INVITED ? "the team is invited already"
                    : "the team is invited once the contract type is confirmed");
        }
        for (Team.Seat seat : Team.Seat.values()) {
            if (!members.get(seat).canAct(seat.role())) {
                return Decision.invalid(seat.field(), members.get(seat).name() + " is not an active " + seat.label());
            }
        }
        Team invited = new Team(Arrays.stream(Team.Seat.values()).map(seat -> new Team.Invitation(seat,
                members.get(seat).ref(), Team.Status.INVITED, at, null, 1)).toList());
        return new Accepted<>(next(Stage.TEAM_INVITED, contractType, hold, verified, invited, contract,
                done(Step.INVITE_TEAM, at)), new ProgramEvent(
                ProgramEvent.TEAM_INVITED, id, by, at, "邀请进群：" + String.join("、", invited.invitations().stream()
                        .map(i -> i.seat().label() + " " + i.member().name()).toList())));
    }

    /** The invited member accepts (joins the group) or declines (the admin is told, to invite again). */
    public Decision<Program, ProgramEvent> answerInvitation(Team.Seat seat, StaffRef who, boolean accept, Instant at) {
        Optional<Team.Invitation> inv = team.seat(seat).filter(i -> i.member().id().equals(who.id()));
        if (inv.isEmpty()) {
            return Decision.refuse("you are not invited to this program's " + seat.label() + " seat");
        }
        if (inv.get().status() != Team.Status.INVITED) {
            return Decision.refuse("this invitation is answered already (" + inv.get().status() + ")");
        }
        Team.Invitation answered = new Team.Invitation(seat, who, accept ? Team.Status.ACCEPTED : Team.Status.DECLINED,
                inv.get().invitedAt(), at, inv.get().attempt());
        return new Accepted<>(withTeam(replace(answered)), new ProgramEvent(accept ? ProgramEvent.INVITATION_ACCEPTED
                : ProgramEvent.INVITATION_DECLINED, id, who, at, seat.label() + " " + who.name()
                + (accept ? " 已进群" : " 拒绝了邀请")));
    }

    /** A declined invitation sent again, to the same member or another holding the seat's role. */
    public Decision<Program, ProgramEvent> reinvite(Team.Seat seat, StaffMember member,
                                                   StaffRef by, Instant at) {
        Optional<Team.Invitation> inv = team.seat(seat);
        if (inv.isEmpty() || inv.get().status() != Team.Status.DECLINED) {
            return Decision.refuse("only a declined invitation is sent again");
        }
        if (!member.canAct(seat.role())) {
            return Decision.invalid("staffId", member.name() + " is not an active " + seat.label());
        }
        Team.Invitation again = new Team.Invitation(seat, member.ref(), Team.Status.INVITED, at, null,
                inv.get().attempt() + 1);
        return new Accepted<>(withTeam(replace(again)), new ProgramEvent(ProgramEvent.TEAM_INVITED, id, by, at,
                "再次邀请" + seat.label() + " " + member.name() + "（第 " + again.attempt() + " 次）"));
    }

    /**
     * H-03 行政处理线下合同签署: the scan of the signed original, checked to be in storage, confirms the offline
     * contract (已签署). Named policy: only an offline contract, once its type is confirmed, not signed twice.
     */
    public Decision<Program, ProgramEvent> confirmOfflineContract(String scanKey, long bytes, StaffRef by,
                                                                 Instant at, Due due) {
        String refused = offlineContractOpen();
        if (refused != null) {
            return Decision.refuse(refused);
        }
        return new Accepted<>(next(stage, contractType, hold, verified, team,
                Contract.offline(Contract.Status.SIGNED, scanKey, bytes, null, by, at),
                plus(deadlines, Step.FILL_ARCHIVE, due, at)),
                new ProgramEvent(ProgramEvent.CONTRACT_SIGNED, id, by, at, "线下合同已签署（扫描件已归档）"));
    }

    /** H-03 异常处理: the original is unclear or wrong; customer service asks the customer to sign again. */
    public Decision<Program, ProgramEvent> contractUnreadable(String reason, StaffRef by, Instant at) {
        String refused = offlineContractOpen();
        if (refused != null) {
            return Decision.refuse(refused);
        }
        return new Accepted<>(withContract(Contract.offline(Contract.Status.RESIGN_REQUESTED, null, 0, reason, by, at)),
                new ProgramEvent(ProgramEvent.CONTRACT_RESIGN_REQUESTED, id, by, at, "合同需重新签署：" + reason));
    }

    /**
     * H-04 the customer signs online: the version of the text she was shown (a stale one is a 400 naming version)
     * and her name as signature; the version and digest are kept with it, and the admin owes the countersignature
     * by {@code countersignDue}.
     */
    public Decision<Program, ProgramEvent> signOnline(ContractTemplate template, String shownVersion, String name,
                                                     Actor customer, Instant at, Instant countersignDue) {
        if (!customer.id().equals(order.customerId())) {
            return Decision.refuse("only the customer signs her contract");
        }
        if (contractType != ContractType.ONLINE) {
            return Decision.refuse(contractType == null ? "the contract type is not confirmed yet"
                    : "an offline contract is signed on paper");
        }
        if (contract.status() != Contract.Status.PENDING) {
            return Decision.refuse("the contract is signed already");
        }
        if (!template.version().equals(shownVersion)) {
            return Decision.invalid("version", "the contract is now version " + template.version()
                    + ": read it again before signing");
        }
        List<Deadline> next = plus(deadlines, Step.COUNTERSIGN_CONTRACT, countersignDue, at);
        Contract signed = new Contract(Contract.Status.CUSTOMER_SIGNED, null, 0, null, null, at, template.version(),
                template.digest(), new Contract.Signed(customer.id(), name, at), null, null);
        return new Accepted<>(next(stage, contractType, hold, verified, team, signed, next),
                new ProgramEvent(ProgramEvent.CUSTOMER_SIGNED, id,
                customer.ref(), at, "客户已在线签署合同（版本 " + template.version() + "），待公司签署"));
    }

    /**
     * H-04 代表公司签署: the admin countersigns; the signed PDF is the print job {@code pdfJobId}. Signed, the
     * contract opens H-05: the archive link goes to the group, and customer service reminds her after 24 h.
     */
    public Decision<Program, ProgramEvent> countersign(StaffRef by, Instant at, String pdfJobId, Due due) {
        if (contract.status() != Contract.Status.CUSTOMER_SIGNED) {
            return Decision.refuse(contract.status() == Contract.Status.SIGNED ? "the contract is signed already"
                    : "the customer signs first");
        }
        Contract c = contract;
        Contract signed = new Contract(Contract.Status.SIGNED, null, 0, null, by, at, c.textVersion(),
                c.textDigest(), c.customer(), new Contract.Signed(by.id(), by.name(), at), pdfJobId);
        return new Accepted<>(next(stage, contractType, hold, verified, team, signed,
                plus(done(Step.COUNTERSIGN_CONTRACT, at), Step.FILL_ARCHIVE, due, at)),
                new ProgramEvent(ProgramEvent.CONTRACT_SIGNED, id, by, at, "公司已签署线上合同"));
    }

    /**
     * H-05…H-07 as the program follows them: each move of the health archive closes the step it answers and opens
     * the next one's deadline — submitted (the auditor owes the review), failed (back to the customer), passed
     * (customer service owes the confirmation), sent back (customer service checks again 2 h later), confirmed (the
     * health manager owes the plan in 3 working days). A move the program knows already changes nothing.
     */
    public Decision<Program, ProgramEvent> archiveMoved(HealthArchive.Status status, Instant at, Due due) {
        if (status == archive || status == HealthArchive.Status.EMPTY) {
            return Decision.refuse("the program knows the archive is " + archive);
        }
        List<Deadline> d = switch (status) {
            case SUBMITTED -> plus(doneIn(deadlines, at, Step.FILL_ARCHIVE, Step.RECHECK_ARCHIVE), Step.AUDIT_ARCHIVE,
                    due, at);
            case FAILED -> doneIn(deadlines, at, Step.AUDIT_ARCHIVE);
            case AUDIT_PASSED -> plus(doneIn(deadlines, at, Step.AUDIT_ARCHIVE), Step.CONFIRM_ARCHIVE, due, at);
            case SENT_BACK -> plus(doneIn(deadlines, at, Step.CONFIRM_ARCHIVE), Step.RECHECK_ARCHIVE, due, at);
            case CONFIRMED -> plus(doneIn(deadlines, at, Step.CONFIRM_ARCHIVE, Step.RECHECK_ARCHIVE), Step.WRITE_PLAN,
                    due, at);
            case EMPTY -> deadlines;
        };
        return new Accepted<>(care(stage, status, plans, delivery, d), new ProgramEvent(ProgramEvent.ARCHIVE_TRACKED,
                id, Actor.SYSTEM.ref(), at, "健康档案：" + status));
    }

    /**
     * H-08 提交方案: the health manager submits a version of the 49-day plan, once customer service has confirmed
     * the archive. The first one closes H-08 and asks customer service how the goods should come (1 h); a later one
     * is a new version (the earlier stay as they were), refused when nothing changed or once the goods are packed.
     */
    public Decision<Program, ProgramEvent> submitPlan(Plan.Content content, String templateId, StaffRef by,
                                                     Instant at, Due due) {
        if (archive != HealthArchive.Status.CONFIRMED) {
            return Decision.refuse("the plan is written once customer service has confirmed the health archive");
        }
        if (stage.compareTo(Stage.PACKED) >= 0) {
            return Decision.refuse("the goods are packed already: the plan's goods are sent as they were");
        }
        Optional<Plan> last = plan();
        if (last.isPresent() && last.get().content().equals(content)) {
            return Decision.refuse("nothing changed since version " + last.get().version());
        }
        List<Plan> all = new ArrayList<>(plans);
        Plan next = new Plan(plans.size() + 1, templateId, Plan.DAYS, content.mealPlanType(), content.diet(),
                content.exercise(), content.sleep(), content.mind(), content.goods(), by, at);
        all.add(next);
        if (last.isPresent()) {
            return new Accepted<>(care(stage, archive, all, delivery, deadlines), new ProgramEvent(
                    ProgramEvent.PLAN_REVISED, id, by, at, "方案第 " + next.version() + " 版"));
        }
        return new Accepted<>(care(Stage.PLAN_SUBMITTED, archive, all, delivery,
                plus(done(Step.WRITE_PLAN, at), Step.CHOOSE_DELIVERY, due, at)), new ProgramEvent(
                ProgramEvent.PLAN_SUBMITTED, id, by, at, "方案已制定（" + Plan.DAYS + " 天，餐单：" + content.mealPlanType()
                + "）"));
    }

    /** The plan's latest version. */
    public Optional<Plan> plan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }

    /**
     * H-09 确认收货方式: customer service records pickup (point, time) or mail (address) and it reaches the admin,
     * who owes the packing in 4 h. It may be corrected until the goods are packed.
     */
    public Decision<Program, ProgramEvent> chooseDelivery(Delivery chosen, Instant at, Due due) {
        if (stage != Stage.PLAN_SUBMITTED && stage != Stage.DELIVERY_CHOSEN) {
            return Decision.refuse(stage.compareTo(Stage.PLAN_SUBMITTED) < 0 ? "the delivery is chosen once the plan is submitted"
                    : "the goods are packed already");
        }
        List<Deadline> d = stage == Stage.PLAN_SUBMITTED
                ? plus(done(Step.CHOOSE_DELIVERY, at), Step.PACK_GOODS, due, at) : deadlines;
        return new Accepted<>(care(Stage.DELIVERY_CHOSEN, archive, plans, chosen, d), new ProgramEvent(
                ProgramEvent.DELIVERY_CHOSEN, id, chosen.chosenBy(), at, chosen.method() == Delivery.Method.MAIL
                ? "邮寄：" + chosen.address() : "自提：" + chosen.pickupPoint() + "，" + ShanghaiTime.show(chosen.pickupAt())));
    }

    /**
     * H-10 配货: the admin packs exactly the latest plan's goods (each line named, in its quantity); mail needs the
     * partner carrier and the tracking number, pickup its point and time. Confirming the shipment is owed within 1 h.
     */
    public Decision<Program, ProgramEvent> pack(List<Plan.Goods> packed, Delivery.Packing packing, Instant at,
                                               Due due) {
        if (stage != Stage.DELIVERY_CHOSEN) {
            return Decision.refuse(stage.compareTo(Stage.DELIVERY_CHOSEN) < 0
                    ? "the goods are packed once the delivery is chosen" : "the goods are packed already");
        }
        Plan p = plan().orElseThrow();
        if (!new java.util.HashSet<>(packed).equals(new java.util.HashSet<>(p.goods()))) {
            List<String> missing = p.goods().stream().filter(g -> !packed.contains(g))
                    .map(g -> g.name() + "×" + g.quantity()).toList();
            List<String> extra = packed.stream().filter(g -> !p.goods().contains(g))
                    .map(g -> g.name() + "×" + g.quantity()).toList();
            return Decision.invalid("goods", "must match plan version " + p.version() + (missing.isEmpty() ? ""
                    : "; missing " + String.join(", ", missing)) + (extra.isEmpty() ? ""
                    : "; not in the plan " + String.join(", ", extra)));
        }
        if (delivery.method() == Delivery.Method.MAIL && (packing.carrierCode() == null || packing.trackingNo() == null)) {
            return Decision.invalid(packing.carrierCode() == null ? "carrier" : "trackingNo",
                    "is required for mail: the partner carrier and its tracking number");
        }
        Delivery.Packing recorded = delivery.method() == Delivery.Method.MAIL
                ? new Delivery.Packing(p.version(), packing.carrierCode(), packing.carrierName(), packing.trackingNo(),
                null, null, packing.by(), at)
                : new Delivery.Packing(p.version(), null, null, null,
                packing.pickupPoint() == null ? delivery.pickupPoint() : packing.pickupPoint(),
                packing.pickupAt() == null ? delivery.pickupAt() : packing.pickupAt(), packing.by(), at);
        return new Accepted<>(care(Stage.PACKED, archive, plans, delivery.packed(recorded),
                plus(done(Step.PACK_GOODS, at), Step.CONFIRM_SHIPMENT, due, at)), new ProgramEvent(ProgramEvent.PACKED,
                id, packing.by(), at, recorded.trackingNo() != null ? "已发货：" + recorded.carrierName() + " "
                + recorded.trackingNo() : "待自提：" + recorded.pickupPoint() + "，" + ShanghaiTime.show(recorded.pickupAt())));
    }

    /**
     * H-11 确认发货: the admin confirms the shipment with photos of the goods; the group is told (the manual's
     * message with carrier and tracking number) and customer service owes the follow-up in 24 h and, should the
     * receipt still be unconfirmed after 48 h, the private reminder.
     */
    public Decision<Program, ProgramEvent> confirmShipment(List<String> photoKeys, StaffRef by, Instant at, Due due) {
        if (stage != Stage.PACKED) {
            return Decision.refuse(stage.compareTo(Stage.PACKED) < 0 ? "the goods are packed first"
                    : "the shipment is confirmed already");
        }
        List<Deadline> d = plus(plus(done(Step.CONFIRM_SHIPMENT, at), Step.FOLLOW_UP_DELIVERY, due, at),
                Step.REMIND_RECEIPT, due, at);
        return new Accepted<>(care(Stage.SHIPPED, archive, plans, delivery.shipped(new Delivery.Shipment(photoKeys,
                by, at)), d), new ProgramEvent(ProgramEvent.SHIPPED, id, by, at, shipmentNotice()));
    }

    /** The manual's group message on a confirmed shipment. */
    public String shipmentNotice() {
        Delivery.Packing p = delivery.packing();
        return p.trackingNo() != null ? "尊敬的客户，您的健康方案已发货，物流信息：" + p.trackingNo() + "（物流公司："
                + p.carrierName() + "），请注意查收~"
                : "尊敬的客户，您的健康方案物资已备好，请于 " + ShanghaiTime.show(p.pickupAt()) + " 后到 " + p.pickupPoint()
                + " 自提~";
    }

    /**
     * H-12 跟进收货: customer service's message about the goods, in the group (closes the 24 h follow-up) or
     * privately (the reminder owed once 48 h pass unconfirmed).
     */
    public Decision<Program, ProgramEvent> followUpDelivery(Delivery.FollowUp f) {
        if (stage != Stage.SHIPPED) {
            return Decision.refuse(stage == Stage.RECEIVED ? "the customer confirmed receipt already"
                    : "the goods are followed up once the shipment is confirmed");
        }
        List<Deadline> d = doneIn(deadlines, f.at(), f.privately() ? Step.REMIND_RECEIPT : Step.FOLLOW_UP_DELIVERY);
        return new Accepted<>(care(stage, archive, plans, delivery.followedUp(f), d), new ProgramEvent(
                ProgramEvent.DELIVERY_FOLLOWED_UP, id, f.by(), f.at(), (f.privately() ? "私信：" : "群聊：") + f.text()));
    }

    /** H-12 确认收货: the customer confirms she has her goods; the follow-up deadlines close. */
    public Decision<Program, ProgramEvent> confirmReceipt(Actor customer, Instant at, Due due) {
        if (!customer.id().equals(order.customerId())) {
            return Decision.refuse("only the customer confirms her receipt");
        }
        if (stage != Stage.SHIPPED) {
            return Decision.refuse(stage == Stage.RECEIVED ? "receipt is confirmed already"
                    : "the goods are not shipped yet");
        }
        return new Accepted<>(care(Stage.RECEIVED, archive, plans, delivery.received(at),
                plus(doneIn(deadlines, at, Step.FOLLOW_UP_DELIVERY, Step.REMIND_RECEIPT), Step.GUIDE_DEVICES, due, at)),
                new ProgramEvent(ProgramEvent.RECEIVED, id, customer.ref(), at, "客户已确认收货"));
    }

    /**
     * What the program keeps of its course ({@code Course}), which the coaches and the customer change on its own
     * version: the stage once the plan starts, ends or stops, the plan's days, and whether the steps whose deadlines
     * the program keeps are owed or done (a call to book again, the devices guided, both service reviews in).
     */
    public record CourseFacts(Stage stage, PlanDays days, boolean rebookOwed, boolean devicesGuided,
                              boolean reviewsDone) {
    }

    /**
     * The course moved: the program follows its stage and days, opens the deadline of a call to book again (2 h),
     * and closes the deadlines the course's steps answer — the rebooking, the device guidance (H-15), the service
     * reviews (H-19, owed within 1 working day of the end); a stop closes every open deadline. A move the program
     * knows already changes nothing.
     */
    public Decision<Program, ProgramEvent> followCourse(CourseFacts course, StaffRef by, Instant at, Due due) {
        Stage s = course.stage() == null ? stage : course.stage();
        List<Deadline> d = deadlines;
        if (s == Stage.STOPPED) {
            d = d.stream().map(x -> x.open() ? x.done(at) : x).toList();
        } else {
            boolean rebookOpen = d.stream().anyMatch(x -> x.step() == Step.REBOOK_CALL && x.open());
            d = course.rebookOwed() && !rebookOpen ? plus(d, Step.REBOOK_CALL, due, at)
                    : !course.rebookOwed() && rebookOpen ? doneIn(d, at, Step.REBOOK_CALL) : d;
            d = course.devicesGuided() ? doneIn(d, at, Step.GUIDE_DEVICES) : d;
            d = s == Stage.ENDED && stage != Stage.ENDED ? plus(d, Step.REVIEW_SERVICE, due, at) : d;
            d = course.reviewsDone() ? doneIn(d, at, Step.REVIEW_SERVICE) : d;
        }
        if (s == stage && java.util.Objects.equals(course.days(), days) && d.equals(deadlines)) {
            return Decision.refuse("the program knows this of its course");
        }
        return new Accepted<>(new Program(id, order, s, contractType, hold, verified, team, contract, archive, plans,
                delivery, course.days(), d, receivedBy, receivedAt, version + 1), new ProgramEvent(
                ProgramEvent.COURSE_TRACKED, id, by, at, "方案：" + s));
    }

    /** Whether the staff member holds the seat in this program's team (invited and accepted). */
    public boolean seated(Team.Seat seat, String staffId) {
        return team.member(seat).map(m -> m.id().equals(staffId)).orElse(false);
    }

    /** The deadlines with the step's opened by the change at {@code at}. */
    private static List<Deadline> plus(List<Deadline> d, Step step, Instant dueAt, Instant at) {
        List<Deadline> out = new ArrayList<>(d);
        out.add(new Deadline(d.size() + 1, step, at, dueAt, null, null));
        return out;
    }

    private static List<Deadline> plus(List<Deadline> d, Step step, Due due, Instant at) {
        return plus(d, step, due.of(step), at);
    }

    private static List<Deadline> doneIn(List<Deadline> d, Instant at, Step... steps) {
        List<Step> which = List.of(steps);
        return d.stream().map(x -> which.contains(x.step()) && x.open() ? x.done(at) : x).toList();
    }

    private String offlineContractOpen() {
        if (contractType != ContractType.OFFLINE) {
            return contractType == null ? "the contract type is not confirmed yet"
                    : "an online contract is signed in the app";
        }
        return contract.status() == Contract.Status.SIGNED ? "the contract is signed already" : null;
    }

    private Program withContract(Contract c) {
        return next(stage, contractType, hold, verified, team, c, deadlines);
    }

    /** Who may read and write in the customer's group: the accepted team, the customer, the admin. */
    public boolean inGroup(Actor actor) {
        return actor.hasAny(Role.ADMIN) || team.isMember(actor.id())
                || actor.hasAny(Role.CUSTOMER) && actor.id().equals(order.customerId());
    }

    private List<Team.Invitation> replace(Team.Invitation inv) {
        return team.invitations().stream().map(i -> i.seat() == inv.seat() ? inv : i).toList();
    }

    private Program withTeam(List<Team.Invitation> invitations) {
        return next(stage, contractType, hold, verified, new Team(invitations), contract, deadlines);
    }

    private List<Deadline> done(Step step, Instant at) {
        return doneIn(deadlines, at, step);
    }

    private Program with(Stage s, ContractType type, Hold h, boolean v, List<Deadline> d) {
        return next(s, type, h, v, team, contract, d);
    }

    /** The program's next version: what a step changes, the order and its receipt as they were. */
    private Program next(Stage s, ContractType type, Hold h, boolean v, Team t, Contract c, List<Deadline> d) {
        return new Program(id, order, s, type, h, v, t, c, archive, plans, delivery, days, d, receivedBy,
                receivedAt, version + 1);
    }

    /** The next version of a program in care: what the archive, plan and delivery steps change. */
    private Program care(Stage s, HealthArchive.Status a, List<Plan> p, Delivery del, List<Deadline> d) {
        return new Program(id, order, s, contractType, hold, verified, team, contract, a, p, del, days, d,
                receivedBy, receivedAt, version + 1);
    }
}
