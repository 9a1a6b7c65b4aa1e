package com.clinic.platform.functions;

import com.clinic.program.course.Call;
import com.clinic.program.course.Guidance;
import com.clinic.program.course.AfterPlanSteps;
import com.clinic.program.course.DayPauses;
import com.clinic.program.course.CourseKind;
import com.clinic.program.course.CourseEvent;
import com.clinic.aftersales.complaint.Complaint;
import com.clinic.aftersales.complaint.ComplaintEvent;
import com.clinic.aftersales.complaint.ComplaintKind;
import com.clinic.aftersales.dispute.Dispute;
import com.clinic.aftersales.AfterSalesService;
import com.clinic.platform.staff.StaffMember;
import com.clinic.program.archive.Archives;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.course.AfterPlan;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.ProgramKind;
import com.clinic.program.ProgramEvent;
import com.clinic.program.course.Course;
import com.clinic.program.daily.DailyForms;
import com.clinic.program.daily.DailyWork;
import com.clinic.platform.StaffRef;
import com.clinic.platform.ShanghaiTime;
import com.clinic.program.plan.PlanForms;
import com.clinic.program.delivery.DeliveryForms;
import com.clinic.program.delivery.Carriers;
import com.clinic.program.plan.PlanDesk;
import com.clinic.program.readings.Readings;
import com.clinic.program.delivery.Shipping;
import com.clinic.program.ContractTemplate;
import com.clinic.program.archive.HealthArchive;
import com.clinic.program.Program;
import com.clinic.program.group.ProgramGroup;
import com.clinic.program.dynamodb.DynamoGroupMessages;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.program.Team;
import com.clinic.program.order.ProgramForms;
import com.clinic.program.order.Programs;
import com.clinic.aftersales.customer.CustomerLevels;
import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.aftersales.dispute.DisputeForm;
import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.aftersales.followup.FollowUpForms.CareNoteForm;
import com.clinic.aftersales.followup.FollowUpForms.RecordingForm;
import com.clinic.aftersales.followup.FollowUpTask;
import com.clinic.aftersales.dispute.DisputeKind;
import com.clinic.aftersales.loan.LoanForms.DunningForm;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.clinical.exam.ExamQuarantine;
import com.clinic.clinical.exam.QuarantinedFile;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.Consultation;
import com.clinic.journey.visit.Forms;
import com.clinic.journey.visit.Loan;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.FileStore;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import com.clinic.office.privacy.PrivacyRequest;
import com.clinic.office.privacy.PrivacyRequestEvent;
import com.clinic.office.privacy.PrivacyRequestKind;
import com.clinic.office.privacy.RequestKind;
import com.clinic.platform.privacy.Channel;
import com.clinic.platform.privacy.Consent;
import com.clinic.platform.privacy.ConsentForm;
import com.clinic.platform.privacy.ConsentKind;
import java.util.Map;
import java.util.Set;

/**
 * The records the events/ samples name: visits at the stages each sample needs (codes {@code <prefix>XXXXXX}),
 * their files, a print job and quarantined exam uploads. Seeded under another prefix, the same samples address a
 * twin set of records, so one test can use them without disturbing another.
 */
public final class SampleData {
    /** The prefix of the visit codes written in events/. */
    public static final String PREFIX = "V261123-";
    public static final Instant DAY = Instant.parse("2026-11-22T08:30:00Z");

    private SampleData() {
    }

    public static void seed(TestCloud cloud, String prefix) {
        Journeys j = new Journeys(cloud.context, DAY);
        Map<String, VisitStage> at = new LinkedHashMap<>();
        at.put(prefix + "A1B2C3", VisitStage.BOOKED);
        for (String code : List.of(prefix + "D4E5F6", prefix + "G7H8J9")) {
            at.put(code, VisitStage.DRIVER_ASSIGNED);
        }
        at.put(prefix + "H1J2K3", VisitStage.PICKED_UP);
        for (String code : List.of(prefix + "K2M4N6", prefix + "K2M4N7", prefix + "K2M4N8", prefix + "P3Q5R7",
                prefix + "R4S6T8", prefix + "R4S6T9", prefix + "L1M3N5")) {
            at.put(code, VisitStage.ARRIVED);
        }
        for (String code : List.of(prefix + "S8T9V1", prefix + "S8T9V2")) {
            at.put(code, VisitStage.TRIAGED);
        }
        for (String code : List.of(prefix + "W2X4Y6", prefix + "W2X4Y7")) {
            at.put(code, VisitStage.IN_CONSULTATION);
        }
        at.put(prefix + "Z3A5B7", VisitStage.PRICE_REVIEW);
        for (String code : List.of(prefix + "C8D9E1", prefix + "C8D9E2")) {
            at.put(code, VisitStage.PRICE_APPROVED);
        }
        for (String code : List.of(prefix + "F2G4H6", prefix + "J7K8M9")) {
            at.put(code, VisitStage.PAID);
        }
        for (String code : List.of(prefix + "J7K8N1", prefix + "J7K8N2", prefix + "J7K8N3")) {
            at.put(code, VisitStage.ADMITTED);
        }
        Map<String, Visit> seeded = new LinkedHashMap<>();
        at.forEach((code, stage) -> seeded.put(code, j.seed(code, stage)));
        j.apply(seeded.get(prefix + "F2G4H6"), v -> v.billing().reviewPrices(Map.of(0, 1_200_000L), Journeys.STAFF, DAY));
        j.apply(seeded.get(prefix + "L1M3N5"), v -> v.reject("暂不手术", Journeys.STAFF, DAY));
        String video = Consultation.videoFolder(prefix + "J7K8N1", seeded.get(prefix + "J7K8N1").consultation()
                .sessionId()) + "5b1e7c2d.mp4";
        j.apply(seeded.get(prefix + "J7K8N1"), v -> v.reception().attachVideo(video, Journeys.CONSULTANT.ref(), DAY));
        ExamQuarantine quarantine = cloud.context.getBean(ExamQuarantine.class);
        for (String key : List.of("exam-inbox/V261199-UNKNWN/blood.pdf", "exam-inbox/V261199-UNKNWN/urine.pdf")) {
            quarantine.keep(QuarantinedFile.of(key, 3, "no visit V261199-UNKNWN", DAY));
        }
        FileStore files = cloud.context.getBean(FileStore.class);
        for (String key : List.of("visits/" + prefix + "K2M4N7/photos/sample-front.jpg",
                "visits/" + prefix + "W2X4Y6/consultation/session-w2x4y6/3f2a9c1e.mp4",
                "visits/" + prefix + "C8D9E1/signed-sheet/sample-signed.pdf", video)) {
            files.put(key, new byte[] {1, 2, 3}, "application/octet-stream");
        }
        seedLoans(cloud, prefix);
        Commands<Complaint, ComplaintEvent> complaints = new Commands<>(ComplaintKind.COMPLAINT,
                cloud.context.getBean(AggregateStore.class), cloud.clock);
        for (String id : List.of("COMPLAINT-1", "COMPLAINT-2")) {
            complaints.create(Actor.SYSTEM, Complaint.raise(prefix + id, new Complaint.Details(prefix + "J7K8N1", "张丽",
                    "13912345678", Complaint.Category.ATTITUDE, Complaint.Severity.MEDIUM, "咨询时催促签单，态度不耐烦"),
                    Journeys.CONSULTANT.ref(), Journeys.AFTER_SALES.ref(), DAY));
        }
        new Commands<>(DisputeKind.DISPUTE, cloud.context.getBean(AggregateStore.class), cloud.clock).create(
                Actor.SYSTEM, Dispute.raise(prefix + "DISPUTE-1", new DisputeForm(prefix + "J7K8N1", "张丽",
                        "13912345678", "术后第三天对消肿速度不满，要求部分退款", null), Journeys.AFTER_SALES.ref(), DAY));
        seedFollowUps(cloud, prefix);
        seedPayingCustomers(cloud, prefix);
        seedPrograms(cloud, prefix);
        // the consent samples' customer, every purpose in force (version 1; keyed by number, so made once whatever
        // the prefix); 13600136000 has given none yet
        new Commands<>(ConsentKind.CONSENT, cloud.context.getBean(AggregateStore.class), cloud.clock).create(
                Actor.SYSTEM, Consent.first("13700137000", new ConsentForm("2026-12", List.of("SERVICE",
                        "SENSITIVE", "MARKETING")).validate(""), Channel.BOOKING, Journeys.STAFF, DAY));
        // the request samples: a copy asked for 13912345678, an erasure asked for 13700137000 (refused)
        Commands<PrivacyRequest, PrivacyRequestEvent> requests = new Commands<>(PrivacyRequestKind.REQUEST,
                cloud.context.getBean(AggregateStore.class), cloud.clock);
        requests.create(Actor.SYSTEM, PrivacyRequest.receive("PR-COPY-1", "13912345678", RequestKind.COPY,
                Journeys.AFTER_SALES.ref(), DAY, DAY.plus(java.time.Duration.ofDays(21))));
        requests.create(Actor.SYSTEM, PrivacyRequest.receive("PR-ERASE-1", "13700137000", RequestKind.ERASURE,
                Journeys.AFTER_SALES.ref(), DAY, DAY.plus(java.time.Duration.ofDays(21))));
        if (prefix.equals(PREFIX)) {
            cloud.context.getBean(PrintJobs.class).create(PrintJob.queued("4f6c2a9e-7d1b-4c3e-9a8f-1b2c3d4e5f60",
                    PrintKind.BARCODE_LABEL, prefix + "K2M4N6", Journeys.STAFF, DAY));
        }
    }

    /**
     * The follow-ups the samples name: {@code <prefix>J7K8N2}'s day 2 untouched (version 1), its day 7 and day 15
     * called (version 2; day 15's recording uploaded, not yet linked); {@code <prefix>J7K8N3}'s day 2 called with
     * its recording linked (version 3) and its day 7 called, recorded and noted.
     */
    static void seedFollowUps(TestCloud cloud, String prefix) {
        AfterSalesService afterSales = cloud.context.getBean(AfterSalesService.class);
        FollowUpDesk desk = cloud.context.getBean(FollowUpDesk.class);
        FileStore files = cloud.context.getBean(FileStore.class);
        Actor chen = new Actor(Journeys.AFTER_SALES.id(), Journeys.AFTER_SALES.name(), Set.of(Role.AFTER_SALES));
        for (String code : List.of(prefix + "J7K8N2", prefix + "J7K8N3")) {
            for (int day : FollowUpTask.DAYS) {
                afterSales.raiseFollowUp(code, day, DAY);
            }
        }
        for (String id : List.of(prefix + "J7K8N2-D07", prefix + "J7K8N2-D15", prefix + "J7K8N3-D02",
                prefix + "J7K8N3-D07")) {
            desk.startCall(chen, id, 1L, null);
            String recording = "visits/" + id.substring(0, id.length() - 4) + "/calls/" + id + "-C1/sample.mp3";
            files.put(recording, new byte[] {1, 2, 3}, "audio/mpeg");
            if (id.startsWith(prefix + "J7K8N3")) {
                desk.linkRecording(chen, id, id + "-C1", 2L, new RecordingForm(recording, "185"), null);
            }
        }
        desk.writeCareNote(chen, prefix + "J7K8N3-D07", 3L, new CareNoteForm("伤口恢复良好，已提醒按时冰敷、清淡饮食"), null);
    }

    /**
     * The programs the samples name: {@code P-<prefix>SO1001} received on the sample day (version 1),
     * {@code SO1002} held for a payment that disagrees (version 2), {@code SO1003} and {@code SO1004} received five
     * days before with their H-01 deadline passed ({@code SO1004}'s already reported overdue); {@code SO1009} and
 * {@code SO1010} offline and confirmed (version 2), {@code SO1009}'s signed scan uploaded; {@code SO1011} and
 * {@code SO1012} app orders with online contracts (version 2), {@code SO1012} signed by its customer (version 3).
     */
    static void seedPrograms(TestCloud cloud, String prefix) {
        Programs programs = cloud.context.getBean(Programs.class);
        Actor admin = new Actor("demo-office", "褚行政", Set.of(Role.ADMIN));
        Instant earlier = DAY.minus(java.time.Duration.ofDays(5));
        for (String no : List.of("SO1001", "SO1002", "SO1003", "SO1004")) {
            boolean late = no.equals("SO1003") || no.equals("SO1004");
            cloud.clock.setTo(late ? earlier : DAY);
            programs.receive(admin, order(prefix + no, Program.Channel.OFFLINE_TRANSFER,
                    no.equals("SO1002") ? "1880000" : "1980000", earlier), Program.Channel.OFFLINE_TRANSFER);
        }
        cloud.clock.setTo(DAY);
        programs.confirmContractType(admin, "P-" + prefix + "SO1002", 1L,
                new ProgramForms.ContractTypeForm("OFFLINE"), null);
        programs.reportOverdue("P-" + prefix + "SO1004", 1, DAY);
        seedTeams(cloud, prefix, programs, admin);
        for (String no : List.of("SO1009", "SO1010")) {
            programs.receive(admin, order(prefix + no, Program.Channel.OFFLINE_TRANSFER, "1980000", DAY),
                    Program.Channel.OFFLINE_TRANSFER);
            programs.confirmContractType(admin, "P-" + prefix + no, 1L, new ProgramForms.ContractTypeForm("OFFLINE"),
                    null);
        }
        cloud.context.getBean(FileStore.class).put("programs/P-" + prefix + "SO1009/contract/signed-original.pdf",
                "%PDF-".getBytes(), "application/pdf");
        Actor shop = new Actor("demo-shop", "商城", Set.of(Role.SHOP));
        for (String no : List.of("SO1011", "SO1012")) {
            programs.receive(shop, order(prefix + no, Program.Channel.APP_PAYMENT, "1980000", DAY),
                    Program.Channel.APP_PAYMENT);
            programs.confirmContractType(admin, "P-" + prefix + no, 1L, new ProgramForms.ContractTypeForm("ONLINE"),
                    null);
        }
        programs.signOnline(new Actor("app-" + prefix + "SO1012", "林晓", Set.of(Role.CUSTOMER)),
                "P-" + prefix + "SO1012", 2L, new Programs.SignForm(ContractTemplate.CURRENT.version(), "林晓"), null);
        seedArchives(cloud, prefix, programs, admin);
    }

    /**
     * The health archives the samples name, each opened empty (version 1) when its contract was signed:
     * {@code SO1013}'s not yet filled; {@code SO1014}'s submitted (version 2); {@code SO1015}'s passed by the
     * auditor (version 3).
     */
    static void seedArchives(TestCloud cloud, String prefix, Programs programs, Actor admin) {
        Archives archives = cloud.context.getBean(Archives.class);
        for (String no : List.of("SO1013", "SO1014", "SO1015")) {
            String id = "P-" + prefix + no;
            programs.receive(admin, order(prefix + no, Program.Channel.OFFLINE_TRANSFER, "1980000", DAY),
                    Program.Channel.OFFLINE_TRANSFER);
            programs.confirmContractType(admin, id, 1L, new ProgramForms.ContractTypeForm("OFFLINE"), null);
            String scan = "programs/" + id + "/contract/signed.pdf";
            cloud.context.getBean(FileStore.class).put(scan, "%PDF-".getBytes(), "application/pdf");
            programs.confirmOfflineContract(admin, id, seated(programs, admin, id, 2L), new Forms.FileForm(scan),
                    null);
            if (!no.equals("SO1013")) {
                archives.submit(new Actor("app-" + prefix + no, "林晓", Set.of(Role.CUSTOMER)), id, 1L, ARCHIVE, null);
            }
        }
        archives.audit(new Actor("demo-auditor", "蒋审核", Set.of(Role.AUDITOR)), "P-" + prefix + "SO1015", 2L,
                new Archives.ReviewForm("true", null), null);
        seedCare(cloud, prefix, programs, admin);
        seedCourse(cloud, prefix, programs, admin);
    }

    /** The plan template the samples use, {@code low-carb}. */
    static final PlanForms.TemplateForm LOW_CARB = new PlanForms.TemplateForm("低碳水 49 天", "低碳水", "三餐定时定量，晚餐七分饱",
            "每日快走 30 分钟", "23 点前入睡", "每日冥想 10 分钟", List.of(new PlanForms.GoodsForm("代餐粉", "7"),
            new PlanForms.GoodsForm("体脂秤", "1"), new PlanForms.GoodsForm("智能手环", "1")));

    /**
     * The plans and deliveries the samples name, each an offline program whose archive customer service has
     * confirmed: {@code SO1016} waiting for its plan, {@code SO1017} planned, {@code SO1018} to be mailed,
     * {@code SO1019} packed (SF, a photo of its goods uploaded), {@code SO1020} (a weight reading the day before)
     * and {@code SO1021} shipped; the
     * template {@code low-carb} and the partner carriers SF and EMS (once: each is one list).
     */
    static void seedCare(TestCloud cloud, String prefix, Programs programs, Actor admin) {
        PlanDesk plans = cloud.context.getBean(PlanDesk.class);
        Shipping shipping = cloud.context.getBean(Shipping.class);
        Archives archives = cloud.context.getBean(Archives.class);
        FileStore files = cloud.context.getBean(FileStore.class);
        Actor manager = actor(Journeys.HEALTH_MANAGER);
        Actor service = actor(Journeys.SERVICE);
        if (plans.templates().version() == 0) {
            plans.saveTemplate(manager, "low-carb", null, LOW_CARB, null);
        }
        if (shipping.carriers().version() == 0) {
            shipping.replaceCarriers(admin, null, new DeliveryForms.CarriersForm(List.of(new Carriers.Carrier("SF", "顺丰速运"),
                    new Carriers.Carrier("EMS", "中国邮政 EMS"))), null);
        }
        List<String> nos = List.of("SO1016", "SO1017", "SO1018", "SO1019", "SO1020", "SO1021");
        for (String no : nos) {
            String id = "P-" + prefix + no;
            programs.receive(admin, order(prefix + no, Program.Channel.OFFLINE_TRANSFER, "1980000", DAY),
                    Program.Channel.OFFLINE_TRANSFER);
            programs.confirmContractType(admin, id, 1L, new ProgramForms.ContractTypeForm("OFFLINE"), null);
            String scan = "programs/" + id + "/contract/signed.pdf";
            files.put(scan, "%PDF-".getBytes(), "application/pdf");
            programs.confirmOfflineContract(admin, id, seated(programs, admin, id, 2L), new Forms.FileForm(scan), null);
            archives.submit(new Actor("app-" + prefix + no, "林晓", Set.of(Role.CUSTOMER)), id, 1L, ARCHIVE, null);
            archives.audit(new Actor("demo-auditor", "蒋审核", Set.of(Role.AUDITOR)), id, 2L,
                    new Archives.ReviewForm("true", null), null);
            archives.confirm(service, id, 3L, new Archives.ReviewForm("true", null), null);
            if (no.equals("SO1016")) {
                continue;
            }
            long v = plans.submit(manager, id, programs.get(admin, id).version(), new PlanForms.PlanForm("low-carb",
                    null, null, null, null, null, null), null).value().version();
            if (no.equals("SO1017")) {
                continue;
            }
            v = shipping.chooseDelivery(service, id, v, new DeliveryForms.DeliveryForm("MAIL", null, null,
                    "上海市徐汇区漕溪北路 1 号 1201 室", "林晓", "13800001111"), null).value().version();
            if (no.equals("SO1018")) {
                continue;
            }
            v = shipping.pack(admin, id, v, new DeliveryForms.PackingForm(LOW_CARB.goods(), "SF", "SF1400" + no.substring(2)
                    + "88", null, null), null).value().version();
            String photo = "programs/" + id + "/shipment/goods-1.jpg";
            files.put(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg");
            if (!no.equals("SO1019")) {
                shipping.confirmShipment(admin, id, v, new DeliveryForms.ShipmentForm(List.of(photo)), null);
            }
            if (no.equals("SO1020")) {
                cloud.context.getBean(Readings.class).record(new Actor("app-" + prefix + no, "林晓", Set.of(Role.CUSTOMER)),
                        id, new Readings.ReadingsForm(List.of(new Readings.ReadingForm("WEIGHT_KG", "68.5", "SCALE",
                                "YF-SCALE-8A21", DAY.minusSeconds(86_400).toString()))));
            }
        }
    }

    /**
     * The 49 days the samples name, each program with its team in the group and its goods received (its course at
     * version 6): {@code SO1022} with call 1 to book; {@code SO1023} and {@code SO1024} booked for the next day;
     * {@code SO1025} booked for an hour before the sample time; {@code SO1026} with that call held; {@code SO1027}
     * and {@code SO1028} on day 4; {@code SO1029} on day 4 with the day paused; {@code SO1030} on day 50;
     * {@code SO1031} and {@code SO1032} ended that day with the survey sent; {@code SO1033} on day 21 (its T-04 due);
     * and, each ended that day (course version 10), {@code SO1034}; {@code SO1035} with both service reviews (course
     * version 12); {@code SO1036} (a post-plan photo uploaded) and {@code SO1037}; {@code SO1038} with its post-plan
     * photo filed; {@code SO1039} (a re-check report uploaded); {@code SO1040} with its re-check report filed;
     * {@code SO1041} with its T-07 fired and a weight at the start and the end (course version 11); {@code SO1042},
     * {@code SO1043} and {@code SO1044} on day 4 (course version 9); {@code SO1045} received, call 1 to book.
     */
    static void seedCourse(TestCloud cloud, String prefix, Programs programs, Actor admin) {
        CourseSteps commands = new CourseSteps(cloud);
        StaffRef head = Journeys.HEAD_COACH.ref();
        LocalDate today = ShanghaiTime.dateOf(DAY);
        Map<String, Integer> startDay = new java.util.HashMap<>(Map.of("SO1027", 4, "SO1028", 4, "SO1029", 4,
                "SO1030", 50, "SO1031", 50, "SO1032", 50, "SO1033", 21));
        for (int n = 1034; n <= 1041; n++) {
            startDay.put("SO" + n, 50);
        }
        startDay.put("SO1042", 4);
        startDay.put("SO1043", 4);
        startDay.put("SO1044", 4);
        for (int n = 1022; n <= 1045; n++) {
            String no = "SO" + n;
            String id = "P-" + prefix + no;
            received(cloud, prefix, no, programs, admin);
            if (n == 1022 || n == 1045) {
                continue;
            }
            Instant booked = n == 1025 || n == 1026 ? DAY.minusSeconds(3600) : DAY.plusSeconds(86_400);
            Instant bookedAt = booked.minusSeconds(86_400);
            if (startDay.containsKey(no)) {
                LocalDate start = today.minusDays(startDay.get(no) - 1L);
                bookedAt = ShanghaiTime.startOf(start.minusDays(1)).plusSeconds(9 * 3600);
                booked = bookedAt.plusSeconds(3600);
            }
            Instant at = bookedAt;
            Instant callAt = booked;
            commands.step(id, c -> c.book(1, callAt, "微信视频", head, at), at);
            if (n < 1026) {
                continue;
            }
            commands.step(id, c -> c.hold(1, new Call.Held(List.of("饮食", "运动", "作息"), "客户已了解方案安排", head,
                    callAt.plusSeconds(3600))), callAt.plusSeconds(3600));
            if (n == 1026) {
                continue;
            }
            LocalDate start = today.minusDays(startDay.get(no) - 1L);
            Instant began = ShanghaiTime.startOf(start).plusSeconds(9 * 3600);
            commands.step(id, c -> c.begin(start, head, began), began);
            if (n == 1029) {
                commands.step(id, c -> DayPauses.pause(c, "头晕", "暂停今日运动与代餐，观察一天", head,
                        DAY.minusSeconds(3600)), DAY.minusSeconds(3600));
            }
            if (n == 1031 || n == 1032 || n >= 1034 && n <= 1041) {
                commands.step(id, c -> c.end(Journeys.SERVICE.ref(), DAY.minusSeconds(3600)), DAY.minusSeconds(3600));
            }
            seedAfterPlan(cloud, commands, n, id, start);
        }
        seedDailyWork(cloud, prefix);
        seedReplacement(cloud, prefix, programs, admin, commands);
    }

    /**
     * {@code SO1046}: received, its wristband's binding failed at the guidance (course version 7), for the admin to
     * record its replacement.
     */
    private static void seedReplacement(TestCloud cloud, String prefix, Programs programs, Actor admin,
                                        CourseSteps commands) {
        received(cloud, prefix, "SO1046", programs, admin);
        Instant at = DAY.minusSeconds(1800);
        commands.step("P-" + prefix + "SO1046", c -> c.guide(new Guidance(Guidance.Device.WRISTBAND,
                Guidance.Method.PHONE, false, "手环无法同步睡眠数据", List.of(), Journeys.COACH.ref(), at)), at);
    }

    /**
     * The daily work the samples name: {@code SO1044}'s meal plan for the next day set (its day at version 1), and a
     * guidance screenshot uploaded for {@code SO1045} (received, its customer 56).
     */
    private static void seedDailyWork(TestCloud cloud, String prefix) {
        cloud.context.getBean(DailyWork.class).setMealPlan(actor(Journeys.SERVICE), "P-" + prefix + "SO1044",
                ShanghaiTime.dateOf(DAY).plusDays(1).toString(), null, new DailyForms.MealPlanForm(List.of(
                        new DailyForms.MealForm("BREAKFAST", List.of("燕麦粥", "水煮蛋"), null),
                        new DailyForms.MealForm("DINNER", List.of("清蒸鲈鱼", "蒜蓉西兰花"), "七分饱")), null), null);
        cloud.context.getBean(FileStore.class).put("programs/P-" + prefix + "SO1045/guidance/scale-binding.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
    }

    /** The after-plan states of {@code SO1035}…{@code SO1041} (see {@link #seedCourse}). */
    private static void seedAfterPlan(TestCloud cloud, CourseSteps commands, int n, String id,
                                      LocalDate start) {
        FileStore files = cloud.context.getBean(FileStore.class);
        Instant at = DAY.minusSeconds(1800);
        String photo = "programs/" + id + "/post-plan/after-1.jpg";
        String report = "programs/" + id + "/recheck/report-1.pdf";
        if (n == 1036 || n == 1038) {
            files.put(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg");
        }
        if (n == 1039 || n == 1040) {
            files.put(report, "%PDF-".getBytes(), "application/pdf");
        }
        switch (n) {
            case 1035 -> {
                for (var seat : List.of(Map.entry(Team.Seat.HEAD_COACH, Journeys.HEAD_COACH),
                        Map.entry(Team.Seat.ASSISTANT_COACH, Journeys.COACH))) {
                    commands.step(id, c -> AfterPlanSteps.review(c, new AfterPlan.Review(seat.getKey(), seat.getValue().ref(),
                            8, "每日反馈及时，餐单解读细致", "第三周运动督促不够", "增加周末运动打卡提醒", at)), at);
                }
            }
            case 1038 -> commands.step(id, c -> AfterPlanSteps.postPlanPhotos(c, new AfterPlan.Photos(List.of(photo),
                    null, new StaffRef("app-" + id.substring(2), "林晓"), at)), at);
            case 1040 -> commands.step(id, c -> AfterPlanSteps.recheck(c, new AfterPlan.Recheck(List.of(report), at),
                    new StaffRef("app-" + id.substring(2), "林晓")), at);
            case 1041 -> {
                commands.step(id, c -> c.fire(TimerKind.POST_PLAN, 1, at), at);
                cloud.context.getBean(Readings.class).record(new Actor("app-" + id.substring(2), "林晓",
                        Set.of(Role.CUSTOMER)), id, new Readings.ReadingsForm(List.of(
                        new Readings.ReadingForm("WEIGHT_KG", "68.5", "SCALE", "YF-SCALE-8A21",
                                ShanghaiTime.startOf(start).plusSeconds(8 * 3600).toString()),
                        new Readings.ReadingForm("WEIGHT_KG", "64.3", "SCALE", "YF-SCALE-8A21",
                                ShanghaiTime.startOf(start.plusDays(48)).plusSeconds(8 * 3600).toString()))));
            }
            default -> {
                // the states of the course alone
            }
        }
    }

    /**
     * A course's steps at the times the samples name, the program following each as the command path does (here in
     * two writes: seeding needs no retry).
     */
    private record CourseSteps(Commands<Course, CourseEvent> courses, Commands<Program, ProgramEvent> programs,
                               ProgramDeadlines deadlines) {
        CourseSteps(TestCloud cloud) {
            this(new Commands<>(CourseKind.COURSE, cloud.context.getBean(AggregateStore.class), cloud.clock),
                    new Commands<>(ProgramKind.PROGRAM, cloud.context.getBean(AggregateStore.class), cloud.clock),
                    cloud.context.getBean(ProgramDeadlines.class));
        }

        void step(String id, java.util.function.Function<Course, com.clinic.platform.command.Decision<Course,
                CourseEvent>> step, Instant at) {
            Course after = courses.apply(Actor.SYSTEM, courses.get(id), Change.of(step)).orThrow().after();
            Program p = programs.get(id);
            if (p.followCourse(after.facts(), Actor.SYSTEM.ref(), at, deadlines.from(at))
                    instanceof com.clinic.platform.command.Decision.Accepted<Program, ProgramEvent> moved) {
                programs.apply(Actor.SYSTEM, p, Change.of(x -> moved)).orThrow();
            }
        }
    }

    /** An offline program with its team in the group, its archive confirmed, its plan shipped and received. */
    static void received(TestCloud cloud, String prefix, String no, Programs programs, Actor admin) {
        String id = "P-" + prefix + no;
        FileStore files = cloud.context.getBean(FileStore.class);
        Actor service = actor(Journeys.SERVICE);
        Actor customer = new Actor("app-" + prefix + no, "林晓", Set.of(Role.CUSTOMER));
        Shipping shipping = cloud.context.getBean(Shipping.class);
        programs.receive(admin, order(prefix + no, Program.Channel.OFFLINE_TRANSFER, "1980000", DAY),
                Program.Channel.OFFLINE_TRANSFER);
        programs.confirmContractType(admin, id, 1L, new ProgramForms.ContractTypeForm("OFFLINE"), null);
        long v = seated(programs, admin, id, 2L);
        String scan = "programs/" + id + "/contract/signed.pdf";
        files.put(scan, "%PDF-".getBytes(), "application/pdf");
        programs.confirmOfflineContract(admin, id, v, new Forms.FileForm(scan), null);
        Archives archives = cloud.context.getBean(Archives.class);
        archives.submit(customer, id, 1L, ARCHIVE, null);
        archives.audit(new Actor("demo-auditor", "蒋审核", Set.of(Role.AUDITOR)), id, 2L,
                new Archives.ReviewForm("true", null), null);
        archives.confirm(service, id, 3L, new Archives.ReviewForm("true", null), null);
        v = cloud.context.getBean(PlanDesk.class).submit(actor(Journeys.HEALTH_MANAGER), id,
                programs.get(admin, id).version(), new PlanForms.PlanForm("low-carb", null, null, null, null, null,
                        null), null).value().version();
        v = shipping.chooseDelivery(service, id, v, new DeliveryForms.DeliveryForm("MAIL", null, null,
                "上海市徐汇区漕溪北路 1 号 1201 室", "林晓", "13800001111"), null).value().version();
        v = shipping.pack(admin, id, v, new DeliveryForms.PackingForm(LOW_CARB.goods(), "SF", "SF1400" + no.substring(2)
                + "88", null, null), null).value().version();
        String photo = "programs/" + id + "/shipment/goods-1.jpg";
        files.put(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg");
        v = shipping.confirmShipment(admin, id, v, new DeliveryForms.ShipmentForm(List.of(photo)), null).value().version();
        shipping.confirmReceipt(customer, id, v, null);
    }

    /** A complete archive as the customer sends it. */
    static final HealthArchive.ArchiveForm ARCHIVE = new HealthArchive.ArchiveForm("165", "68.5", "128", "84", "5.6",
            "78", List.of("高血压家族史"), List.of(), List.of("青霉素"), "三个月减重 5 公斤，改善睡眠", "6", "2", "false",
            "true", "56");

    /** A sample order {@code no} (its customer {@code app-<no>}) paid an hour before {@code receivedAt}. */
    static ProgramForms.OrderForm order(String no, Program.Channel channel, String paid, Instant receivedAt) {
        return new ProgramForms.OrderForm(no, channel.name(), "app-" + no, "林晓", "13800001111", "49 天健康管理",
                "1980000", new ProgramForms.PaymentForm(channel.name(), paid, "林晓", null, "R-" + no,
                receivedAt.minusSeconds(3600).toString()));
    }

    /**
     * The service teams the samples name: {@code SO1005} confirmed (version 2), {@code SO1006} invited (version 3),
     * {@code SO1007} with its head coach's invitation declined (version 4), {@code SO1008} with the whole team in
     * the group and the system's notice of it ({@code <prefix>MSG-1}).
     */
    static void seedTeams(TestCloud cloud, String prefix, Programs programs, Actor admin) {
        ProgramForms.TeamForm team = new ProgramForms.TeamForm(Journeys.HEAD_COACH.id(), Journeys.COACH.id(),
                Journeys.SERVICE.id());
        for (String no : List.of("SO1005", "SO1006", "SO1007", "SO1008")) {
            String id = "P-" + prefix + no;
            programs.receive(admin, order(prefix + no, Program.Channel.OFFLINE_TRANSFER, "1980000", DAY),
                    Program.Channel.OFFLINE_TRANSFER);
            programs.confirmContractType(admin, id, 1L, new ProgramForms.ContractTypeForm("OFFLINE"), null);
            if (!no.equals("SO1005")) {
                programs.inviteTeam(admin, id, 2L, team, null);
            }
        }
        programs.answerInvitation(actor(Journeys.HEAD_COACH), "P-" + prefix + "SO1007", Team.Seat.HEAD_COACH, 3L,
                new ProgramForms.AnswerForm("false"), null);
        long version = 3;
        for (var m : List.of(Map.entry(Team.Seat.HEAD_COACH, Journeys.HEAD_COACH),
                Map.entry(Team.Seat.ASSISTANT_COACH, Journeys.COACH), Map.entry(Team.Seat.CUSTOMER_SERVICE,
                        Journeys.SERVICE))) {
            programs.answerInvitation(actor(m.getValue()), "P-" + prefix + "SO1008", m.getKey(), version++,
                    new ProgramForms.AnswerForm("true"), null);
        }
        Program joined = programs.get(admin, "P-" + prefix + "SO1008");
        new DynamoGroupMessages(cloud.context.getBean(ClinicTable.class)).post(new ProgramGroup.Message(prefix + "MSG-1",
                joined.id(), joined.order().customerId(), ProgramGroup.Kind.SYSTEM, "服务团队已进群：主教练、副教练、客服", null,
                null, new ProgramGroup.Author("system", "系统", "系统"), DAY, Map.of()));
    }

    /**
     * The demo team invited to a program at {@code version} and each seat accepted (a program is its seated team's
     * business only); the version after.
     */
    static long seated(Programs programs, Actor admin, String id, long version) {
        programs.inviteTeam(admin, id, version, new ProgramForms.TeamForm(Journeys.HEAD_COACH.id(),
                Journeys.COACH.id(), Journeys.SERVICE.id()), null);
        long v = version + 1;
        for (var m : List.of(Map.entry(Team.Seat.HEAD_COACH, Journeys.HEAD_COACH),
                Map.entry(Team.Seat.ASSISTANT_COACH, Journeys.COACH), Map.entry(Team.Seat.CUSTOMER_SERVICE,
                        Journeys.SERVICE))) {
            programs.answerInvitation(actor(m.getValue()), id, m.getKey(), v++, new ProgramForms.AnswerForm("true"),
                    null);
        }
        return v;
    }

    private static Actor actor(StaffMember m) {
        return new Actor(m.id(), m.name(), m.roles());
    }

    /**
     * The paying customers the samples name ({@code C-<prefix>J7K8M9}, {@code C-<prefix>F2G4H6}), recorded from their
     * payments as the table stream would, and the level catalogue (once: it is one record).
     */
    static void seedPayingCustomers(TestCloud cloud, String prefix) {
        PayingCustomers customers = cloud.context.getBean(PayingCustomers.class);
        if (customers.levels().version() == 0) {
            customers.replaceLevels(new Actor("demo-admin", "王超管", Set.of(Role.SUPER_ADMIN)), null,
                    new CustomerLevels.Form(List.of(new CustomerLevels.Entry("VIP", "贵宾", "年消费十万以上"),
                            new CustomerLevels.Entry("GOLD", "金卡", null),
                            new CustomerLevels.Entry("NORMAL", "普通", null))), null);
        }
        for (String code : List.of(prefix + "J7K8M9", prefix + "F2G4H6")) {
            customers.recordFrom(new PaymentCollected(code + "-PaymentCollected-1", code, "C-" + code, "张丽",
                    "13912345678", "抖音", List.of(new PaymentCollected.Line("pay-" + code, PaymentMethod.CASH,
                            1_280_000, null, null, List.of())), 1_280_000, Journeys.STAFF, DAY));
        }
    }

    /**
     * The loans the after-sales samples name ({@code <prefix>LOAN-…}): two taken on the sample day, and three taken
     * in September whose first period fell due on 2026-10-20 (overdue on the sample day; one already dunned). They
     * are opened as the cashier's payment event opens them, at their own dates.
     */
    static void seedLoans(TestCloud cloud, String prefix) {
        LoanLedger ledger = cloud.context.getBean(LoanLedger.class);
        Instant september = Instant.parse("2026-09-20T02:00:00Z");
        openLoan(cloud, ledger, prefix + "LOAN-OWNER", DAY, LocalDate.of(2026, 12, 22));
        openLoan(cloud, ledger, prefix + "LOAN-REPAY", DAY, LocalDate.of(2026, 12, 22));
        for (String id : List.of("LOAN-TERMS", "LOAN-SETTLE", "LOAN-CANCEL")) {
            openLoan(cloud, ledger, prefix + id, DAY, LocalDate.of(2026, 12, 22));
        }
        for (String id : List.of("LOAN-DUN", "LOAN-RECOVER", "LOAN-LATE")) {
            openLoan(cloud, ledger, prefix + id, september, LocalDate.of(2026, 10, 20));
        }
        ledger.dun(new Actor(Journeys.AFTER_SALES.id(), Journeys.AFTER_SALES.name(), Set.of(Role.AFTER_SALES)),
                prefix + "LOAN-RECOVER", 1L, new DunningForm("PHONE", "答应月底前还清", null, null),
                new IdempotencyKey("seed", "seed-" + prefix + "LOAN-RECOVER", "seed"));
    }

    private static void openLoan(TestCloud cloud, LoanLedger ledger, String id, Instant at, LocalDate firstDue) {
        cloud.clock.setTo(at);
        Loan loan = Loan.of(1_200_000, 6, firstDue);
        ledger.openFrom(new PaymentCollected(id + "-PaymentCollected", id.substring(0, 8) + "J7K8M9", "C-" + id,
                "张丽", "13912345678", "抖音", List.of(new PaymentCollected.Line(id, PaymentMethod.LOAN, 1_200_000, 6,
                        firstDue, loan.schedule())), 1_200_000, Journeys.STAFF, at));
        cloud.clock.setTo(DAY);
    }
}
