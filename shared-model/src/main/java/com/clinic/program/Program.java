package com.clinic.program;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.program.ProgramEvent.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 49-day health program of one paid order (seed 003), the office's record: the order in and its contract type
 * (H-01, a mismatch held for the technical team), the plan (H-08), and the step deadlines (T-12) of every room —
 * the team ({@link TeamSteps}), the contract ({@link ContractSteps}), the delivery ({@link DeliverySteps}) — and
 * what it follows of its health archive and its course, each a record of its own.
 */
public record Program(String id, PaidOrder order, Stage stage, ContractType contractType, Hold hold, boolean verified,
                      Team team, Contract contract, ArchiveStatus archive, List<Plan> plans,
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
    public static Accepted<Program, ProgramEvent> receive(PaidOrder order, StaffRef by, Instant at,
                                                         Instant contractTypeDue) {
        Program p = new Program(idOf(order.orderNo()), order, Stage.ORDER_RECEIVED, null, null, false, Team.NONE,
                Contract.PENDING, ArchiveStatus.EMPTY, List.of(), null, null,
                plus(List.of(), Step.CONFIRM_CONTRACT_TYPE, contractTypeDue, at), by, at, 1);
        return new Accepted<>(p, new ProgramOrderReceived(p.id(), by, at, order.orderNo(), order.channel(),
                order.amount()));
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
        List<String> mismatches = order.mismatches();
        if (!verified && !mismatches.isEmpty()) {
            return new Accepted<>(with(Stage.HELD, null, new Hold(mismatches, by, at), verified, deadlines),
                    new ProgramHeld(id, by, at, mismatches));
        }
        List<Deadline> next = plus(done(Step.CONFIRM_CONTRACT_TYPE, at), Step.INVITE_TEAM, inviteDue, at);
        return new Accepted<>(with(Stage.CONTRACT_TYPE_CONFIRMED, type, null, verified, next),
                new ContractTypeConfirmed(id, by, at, type));
    }

    /** The technical team verified the payment: the admin may confirm the contract type now. */
    public Decision<Program, ProgramEvent> release(String note, StaffRef by, Instant at) {
        if (stage != Stage.HELD) {
            return Decision.refuse("only a held program is released");
        }
        return new Accepted<>(with(Stage.ORDER_RECEIVED, null, hold, true, deadlines),
                new ProgramReleased(id, by, at, note));
    }

    /** T-12: the deadline passed with its step undone; reported once. */
    public Decision<Program, ProgramEvent> reportOverdue(int n, Instant at) {
        Optional<Deadline> d = deadline(n);
        if (d.isEmpty() || !d.get().overdueToReport(at)) {
            return Decision.refuse("deadline " + n + " is not overdue to report");
        }
        List<Deadline> next = deadlines.stream().map(x -> x.n() == n ? x.reported(at) : x).toList();
        return new Accepted<>(with(stage, contractType, hold, verified, next), new DeadlineOverdue(id,
                Actor.SYSTEM.ref(), at, n, d.get().step(), d.get().dueAt()));
    }

    public Optional<Deadline> deadline(int n) {
        return deadlines.stream().filter(d -> d.n() == n).findFirst();
    }

    /**
     * H-05…H-07 as the program follows them: each move of the health archive closes the step it answers and opens
     * the next one's deadline — submitted (the auditor owes the review), failed (back to the customer), passed
     * (customer service owes the confirmation), sent back (customer service checks again 2 h later), confirmed (the
     * health manager owes the plan in 3 working days). A move the program knows already changes nothing.
     */
    public Decision<Program, ProgramEvent> archiveMoved(ArchiveStatus status, Instant at, Due due) {
        if (status == archive || status == ArchiveStatus.EMPTY) {
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
        return new Accepted<>(care(stage, status, plans, delivery, d), new ArchiveTracked(id,
                Actor.SYSTEM.ref(), at, status));
    }

    /**
     * H-08 提交方案: the health manager submits a version of the 49-day plan, once customer service has confirmed
     * the archive. The first one closes H-08 and asks customer service how the goods should come (1 h); a later one
     * is a new version (the earlier stay as they were), refused when nothing changed or once the goods are packed.
     */
    public Decision<Program, ProgramEvent> submitPlan(Plan.Content content, String templateId, StaffRef by,
                                                     Instant at, Due due) {
        if (archive != ArchiveStatus.CONFIRMED) {
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
            return new Accepted<>(care(stage, archive, all, delivery, deadlines), new PlanRevised(id, by, at,
                    next.version()));
        }
        return new Accepted<>(care(Stage.PLAN_SUBMITTED, archive, all, delivery,
                plus(done(Step.WRITE_PLAN, at), Step.CHOOSE_DELIVERY, due, at)), new PlanSubmitted(id,
                by, at, Plan.DAYS, content.mealPlanType()));
    }

    /** The plan's latest version. */
    public Optional<Plan> plan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
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
                delivery, course.days(), d, receivedBy, receivedAt, version + 1), new CourseTracked(id,
                by, at, s));
    }

    /** Whether the staff member holds the seat in this program's team (invited and accepted). */
    public boolean seated(Team.Seat seat, String staffId) {
        return team.member(seat).map(m -> m.id().equals(staffId)).orElse(false);
    }

    /** The deadlines with the step's opened by the change at {@code at}. */
    static List<Deadline> plus(List<Deadline> d, Step step, Instant dueAt, Instant at) {
        List<Deadline> out = new ArrayList<>(d);
        out.add(new Deadline(d.size() + 1, step, at, dueAt, null, null));
        return out;
    }

    private static List<Deadline> plus(List<Deadline> d, Step step, Due due, Instant at) {
        return plus(d, step, due.of(step), at);
    }

    /** The deadlines with the open ones of these steps done at {@code at}. */
    static List<Deadline> doneIn(List<Deadline> d, Instant at, Step... steps) {
        List<Step> which = List.of(steps);
        return d.stream().map(x -> which.contains(x.step()) && x.open() ? x.done(at) : x).toList();
    }

    /** Who may read and write in the customer's group: the accepted team, the customer, the admin. */
    public boolean inGroup(Actor actor) {
        return actor.hasAny(Role.ADMIN) || team.isMember(actor.id())
                || actor.hasAny(Role.CUSTOMER) && actor.id().equals(order.customerId());
    }

    List<Deadline> done(Step step, Instant at) {
        return doneIn(deadlines, at, step);
    }

    private Program with(Stage s, ContractType type, Hold h, boolean v, List<Deadline> d) {
        return new Program(id, order, s, type, h, v, team, contract, archive, plans, delivery, days, d, receivedBy,
                receivedAt, version + 1);
    }

    /** The program's next version with what an office step changes: its stage, team, contract and deadlines. */
    Program next(Stage s, Team t, Contract c, List<Deadline> d) {
        return new Program(id, order, s, contractType, hold, verified, t, c, archive, plans, delivery, days, d,
                receivedBy, receivedAt, version + 1);
    }

    /** The next version of a program in care: what the archive, plan and delivery steps change. */
    Program care(Stage s, ArchiveStatus a, List<Plan> p, Delivery del, List<Deadline> d) {
        return new Program(id, order, s, contractType, hold, verified, team, contract, a, p, del, days, d,
                receivedBy, receivedAt, version + 1);
    }
}
