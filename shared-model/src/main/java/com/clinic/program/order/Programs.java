package com.clinic.program.order;

import com.clinic.program.Contract;
import com.clinic.program.ContractSteps;
import com.clinic.program.ContractTemplate;
import com.clinic.program.PaidOrder;
import com.clinic.program.Program;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.ProgramEvent;
import com.clinic.program.ProgramKind;
import com.clinic.program.ProgramList;
import com.clinic.program.Step;
import com.clinic.program.Team;
import com.clinic.program.TeamSteps;
import com.clinic.program.archive.ArchiveEvent;
import com.clinic.program.archive.HealthArchive;
import com.clinic.journey.Files;
import com.clinic.journey.UploadTicket;
import com.clinic.journey.visit.Forms.FileForm;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.ChineseAmount;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Money;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Refused;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.staff.StaffMember;
import com.clinic.platform.staff.StaffPicks;
import com.clinic.printing.Letterhead;
import com.clinic.printing.PrintDocument;
import com.clinic.printing.PrintKind;
import com.clinic.printing.PrintService;
import com.clinic.program.Program.Channel;
import com.clinic.program.course.Course;
import com.clinic.program.course.CourseEvent;
import com.clinic.program.course.CourseFollows;
import com.clinic.program.course.CourseKind;
import com.clinic.program.order.ProgramForms.AnswerForm;
import com.clinic.program.order.ProgramForms.ContractTypeForm;
import com.clinic.program.order.ProgramForms.OrderForm;
import com.clinic.program.order.ProgramForms.ReinviteForm;
import com.clinic.program.order.ProgramForms.ReleaseForm;
import com.clinic.program.order.ProgramForms.TeamForm;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The health program's first steps: a paid order arrives (the shop's, or a transfer the admin registers) and
 * becomes a program once; the admin confirms its contract type (H-01) or it is held for the technical team; each
 * step's deadline is armed as a T-12 timer on the working-day calendar and reported once if it passes undone.
 */
public final class Programs {
    private final Commands<Program, ProgramEvent> commands;
    private final Commands<HealthArchive, ArchiveEvent> archives;
    private final Commands<Course, CourseEvent> courses;
    private final ProgramDeadlines deadlines;
    private final ProgramList list;
    private final Files files;
    private final PrintService printing;
    private final IdGenerator ids;

    public Programs(Commands<Program, ProgramEvent> commands, Commands<HealthArchive, ArchiveEvent> archives,
                    Commands<Course, CourseEvent> courses, ProgramDeadlines deadlines, ProgramList list, Files files,
                    PrintService printing, IdGenerator ids) {
        this.commands = commands;
        this.archives = archives;
        this.courses = courses;
        this.deadlines = deadlines;
        this.list = list;
        this.files = files;
        this.printing = printing;
        this.ids = ids;
    }

    /** H-04: the customer's signature on the version of the text she read. */
    public record SignForm(String version, String name) {
        SignForm validate() {
            Check check = new Check();
            String v = check.required("version", version, 20);
            String n = check.required("name", name, 50);
            check.done();
            return new SignForm(v, n);
        }
    }

    public Instant now() {
        return commands.now();
    }

    /**
     * H-01: a paid order becomes a program, once per order number (a repeat, the shop's retry, answers the program
     * it made). The shop sends app payments; the admin registers transfers.
     */
    public Outcome<Program> receive(Actor actor, OrderForm form, Channel channel) {
        Instant now = commands.now();
        PaidOrder order = Check.body(form).validate(now);
        if (order.channel() != channel) {
            throw InvalidInput.of("channel", channel == Channel.APP_PAYMENT
                    ? "the shop sends app payments (APP_PAYMENT); transfers are registered by the admin"
                    : "the admin registers transfers (OFFLINE_TRANSFER); app payments come from the shop");
        }
        Accepted<Program, ProgramEvent> received = Program.receive(order, actor.ref(), now,
                deadlines.from(now).of(Step.CONFIRM_CONTRACT_TYPE));
        return commands.create(actor, received, courses.following(actor, null,
                Course.open(received.after(), actor.ref(), now), List.of())
                .plus(new AggregateStore.Effects(List.of(), List.of(), deadlines.arm(received.after(), now))));
    }

    /** H-01 确认合同类型 (If-Match: the program's version); held instead when payment and order disagree. */
    public Outcome<Program> confirmContractType(Actor actor, String id, Long version, ContractTypeForm form,
                                                IdempotencyKey key) {
        Program.ContractType type = Check.body(form).validate();
        Instant now = commands.now();
        Instant inviteDue = deadlines.from(now).of(Step.INVITE_TEAM);
        Change<Program, ProgramEvent> confirm = Change.of(p -> p.confirmContractType(type, actor.ref(), now, inviteDue));
        Outcome<Program> outcome = commands.change(actor, id, version, key,
                confirm.arming(accepted -> deadlines.arm(accepted.after(), now)));
        deadlines.cancelClosed(outcome.value(), now);
        return outcome;
    }

    /** The technical team verified a held order's payment (the super admin): the admin may confirm now. */
    public Outcome<Program> release(Actor actor, String id, Long version, ReleaseForm form, IdempotencyKey key) {
        String n = Check.body(form).validate();
        return commands.change(actor, id, version, key, Change.of(p -> p.release(n, actor.ref(), commands.now())));
    }

    /** H-02 邀请服务团队进群 (If-Match): the three seats invited; H-02's deadline is done. */
    public Outcome<Program> inviteTeam(Actor actor, String id, Long version, TeamForm form, IdempotencyKey key) {
        Map<Team.Seat, String> ids = Check.body(form).validate();
        Instant now = commands.now();
        Change<Program, ProgramEvent> invite = Change.reading(withCourse(Set.copyOf(ids.values()), id), (p, loaded) -> {
            Map<Team.Seat, StaffMember> members = new EnumMap<>(Team.Seat.class);
            ids.forEach((seat, staffId) -> members.put(seat, StaffPicks.found(loaded, seat.field(), staffId)));
            return TeamSteps.invite(p, members, actor.ref(), now);
        });
        Outcome<Program> outcome = commands.change(actor, id, version, key, invite.bringing((accepted, loaded) ->
                courseFollowsTeam(actor, accepted.after(), loaded, now)));
        deadlines.cancelClosed(outcome.value(), now);
        return outcome;
    }

    /** The invited member joins the group or declines (If-Match). */
    public Outcome<Program> answerInvitation(Actor actor, String id, Team.Seat seat, Long version, AnswerForm form,
                                             IdempotencyKey key) {
        boolean accept = Check.body(form).validate();
        Instant now = commands.now();
        Change<Program, ProgramEvent> answer = Change.reading(withCourse(Set.of(), id),
                (p, loaded) -> TeamSteps.answer(p, seat, actor.ref(), accept, now));
        return commands.change(actor, id, version, key, answer.bringing((accepted, loaded) ->
                courseFollowsTeam(actor, accepted.after(), loaded, now)));
    }

    /** A declined seat invited again (If-Match). */
    public Outcome<Program> reinvite(Actor actor, String id, Team.Seat seat, Long version, ReinviteForm form,
                                     IdempotencyKey key) {
        String staffId = Check.body(form).validate();
        Instant now = commands.now();
        Change<Program, ProgramEvent> reinvite = Change.reading(withCourse(Set.of(staffId), id), (p, loaded) ->
                TeamSteps.reinvite(p, seat, StaffPicks.found(loaded, "staffId", staffId), actor.ref(), now));
        return commands.change(actor, id, version, key, reinvite.bringing((accepted, loaded) ->
                courseFollowsTeam(actor, accepted.after(), loaded, now)));
    }

    /** The staff a team step names, read with the program's course (one read). */
    private static Related withCourse(Set<String> staffIds, String id) {
        return new Related(staffIds, Set.of(), List.of(new AggregateStore.Ref<>(CourseKind.COURSE, id)));
    }

    /** The course keeps the program's team (whose members see it and take its steps): it follows each change. */
    private AggregateStore.Effects courseFollowsTeam(Actor actor, Program p, AggregateStore.Loaded<Program> loaded,
                                                     Instant now) {
        Course c = loaded.related(CourseKind.COURSE, p.id()).orElseThrow();
        return CourseFollows.team(c, p.team(), actor.ref(), now) instanceof Accepted<Course, CourseEvent> moved
                ? courses.following(actor, c, moved, List.of()) : AggregateStore.Effects.NONE;
    }

    /** H-03: where the admin uploads the scan of the signed original (PDF or image). */
    public UploadTicket contractScanUpload(Actor actor, String id, UploadForm form) {
        return files.uploadUnder(contractFolder(get(actor, id)), FileKind.SIGNED_SHEET, form);
    }

    /**
     * H-03 确认签署 (If-Match): the uploaded scan, checked to be in storage, confirms the offline contract; the
     * archive link goes to the group (H-05).
     */
    public Outcome<Program> confirmOfflineContract(Actor actor, String id, Long version, FileForm form,
                                                   IdempotencyKey key) {
        FileForm given = Check.body(form);
        Instant now = commands.now();
        Change<Program, ProgramEvent> confirm = Change.of(p -> {
            Files.Landed scan = files.landed(given.validate(contractFolder(p)));
            return ContractSteps.confirmOffline(p, scan.key(), scan.size(), actor.ref(), now, deadlines.from(now));
        });
        Outcome<Program> outcome = commands.change(actor, id, version, key,
                confirm.bringing((accepted, loaded) -> signed(actor, accepted, now)));
        return outcome;
    }

    /** A signed contract opens the customer's health archive in the same change, and arms H-05's reminder. */
    private AggregateStore.Effects signed(Actor actor, Accepted<Program, ProgramEvent> accepted, Instant now) {
        Program p = accepted.after();
        return archives.following(actor, null, HealthArchive.open(p.id(), p.order().customerId(), actor.ref(), now),
                List.of()).plus(new AggregateStore.Effects(List.of(), List.of(), deadlines.arm(p, now)));
    }

    /** H-03 异常处理 (If-Match): the original is unclear or wrong; customer service gets it signed again. */
    public Outcome<Program> contractUnreadable(Actor actor, String id, Long version, ReasonForm form,
                                               IdempotencyKey key) {
        String reason = Check.body(form).validate();
        return commands.change(actor, id, version, key, Change.of(p -> ContractSteps.unreadable(p, reason, actor.ref(), commands.now())));
    }

    /** H-04 the customer signs in the app (If-Match); the admin is told to countersign within 1 working day. */
    public Outcome<Program> signOnline(Actor actor, String id, Long version, SignForm form, IdempotencyKey key) {
        SignForm valid = Check.body(form).validate();
        Instant now = commands.now();
        Instant due = deadlines.from(now).of(Step.COUNTERSIGN_CONTRACT);
        Change<Program, ProgramEvent> sign = Change.of(p -> ContractSteps.signOnline(p, ContractTemplate.CURRENT,
                valid.version(), valid.name(), actor, now, due));
        return commands.change(actor, id, version, key, sign.arming(accepted -> deadlines.arm(accepted.after(), now)));
    }

    /**
     * H-04 代表公司签署 (If-Match): the admin countersigns; the contract signed by both is printed as a PDF through
     * the print queue (a retried request finds the same job); the archive link goes to the group (H-05).
     */
    public Outcome<Program> countersign(Actor actor, String id, Long version, IdempotencyKey key) {
        String jobId = key == null ? ids.newId() : key.recordId("contract-pdf");
        Instant now = commands.now();
        Change<Program, ProgramEvent> countersign = Change.of(p -> ContractSteps.countersign(p, actor.ref(), now,
                jobId, deadlines.from(now)));
        Outcome<Program> outcome = commands.change(actor, id, version, key,
                countersign.bringing((accepted, loaded) -> signed(actor, accepted, now)));
        Program p = outcome.value();
        deadlines.cancelClosed(p, now);
        printing.requestDocument(actor, p.contract().pdfJobId(), PrintKind.SIGNED_CONTRACT, p.id(),
                signedContract(p));
        return outcome;
    }

    /**
     * The contract as both signed it, under the company's letterhead: the parties (乙方 as the company is registered,
     * written in by the print worker from the deployment's Company… parameters), the fee in figures and in
     * capitals, the text, both signatures with the minute they were given, the digest of the text.
     */
    public static PrintDocument signedContract(Program p) {
        Contract c = p.contract();
        long fee = p.order().amount();
        List<String> paragraphs = new java.util.ArrayList<>(List.of(
                "甲方（客户）：" + p.order().customerName() + "    订单号：" + p.order().orderNo() + "    服务："
                        + p.order().product(),
                "乙方（公司）：" + Letterhead.NAME + "    " + Letterhead.REGISTRATION_NO,
                "乙方地址：" + Letterhead.ADDRESS + "    电话：" + Letterhead.PHONE,
                "服务费用：" + Money.yuan(fee) + "（大写：人民币" + ChineseAmount.of(fee) + "）"));
        paragraphs.addAll(ContractTemplate.CURRENT.clauses());
        return new PrintDocument(PrintDocument.Issuer.COMPANY, ContractTemplate.CURRENT.title(), paragraphs, List.of(),
                List.of(), List.of(new PrintDocument.Signature("甲方（客户）", c.customer().name(),
                        ShanghaiTime.writtenMinute(c.customer().at())),
                new PrintDocument.Signature("乙方（公司）", Letterhead.NAME + "（代表：" + c.company().name() + "）",
                        ShanghaiTime.writtenMinute(c.company().at()))),
                "合同版本 " + c.textVersion() + "    签署文本 SHA-256：" + c.textDigest(),
                ProgramKind.OFFICE_ROLES, p.order().customerId());
    }

    /** A program's contract files lie under its own folder. */
    static String contractFolder(Program p) {
        return "programs/" + p.id() + "/contract/";
    }

    /** T-12 fired: the n-th deadline, if still undone, is reported to its role and their lead, once. */
    public boolean reportOverdue(String id, int n, Instant at) {
        Program p = commands.get(id);
        if (p.deadline(n).map(d -> !d.overdueToReport(at)).orElse(true)) {
            return false;
        }
        try {
            commands.apply(Actor.SYSTEM, p, Change.of(x -> x.reportOverdue(n, at))).orThrow();
            return true;
        } catch (Refused reportedMeanwhile) {
            return false;
        }
    }

    public Program get(Actor actor, String id) {
        return commands.visible(actor, id);
    }

    /**
     * The programs at a stage that are the actor's business (a coach's or customer service member's own: a page may
     * then hold fewer than asked; follow its next).
     */
    public Page<Program> atStage(Actor actor, Program.Stage stage, PageRequest page) {
        return theirs(actor, list.atStage(stage, page));
    }

    /** The signed-in customer's programs (the app's start). */
    public Page<Program> mine(Actor customer, PageRequest page) {
        return list.ofCustomer(customer.id(), page);
    }

    /** The programs with a deadline reported overdue that are the actor's business, likewise. */
    public Page<Program> overdue(Actor actor, PageRequest page) {
        return theirs(actor, list.overdue(page));
    }

    private static Page<Program> theirs(Actor actor, Page<Program> page) {
        return new Page<>(page.items().stream().filter(p -> ProgramKind.PROGRAM.canSee(actor, p)).toList(),
                page.next());
    }
}
