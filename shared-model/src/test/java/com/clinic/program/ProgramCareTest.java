package com.clinic.program;

import com.clinic.program.plan.PlanForms;
import com.clinic.program.delivery.DeliveryForms;
import com.clinic.program.plan.PlanTemplates;
import com.clinic.program.group.ProgramGroup;
import static com.clinic.program.ProgramTest.ADMIN;
import static com.clinic.program.ProgramTest.at;
import static com.clinic.program.ProgramTest.due;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.Actor;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.program.plan.PlanForms.GoodsForm;
import com.clinic.program.plan.PlanForms.PlanForm;
import com.clinic.program.Program.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * H-05…H-12 as the program follows them: each archive move closes its step and opens the next deadline, the plan is
 * written once the archive is confirmed and versioned after, the goods are packed against it and shipped with
 * photos, followed up and received — every deadline on the working-day calendar, at its edges.
 */
public class ProgramCareTest {
    public static final StaffRef HM = new StaffRef("hm", "何健康");
    public static final StaffRef CS = new StaffRef("s1", "卫客服");
    public static final Actor LIN = new Actor("app-user-1", "林晓", Set.of(Role.CUSTOMER));
    public static final Plan.Content CONTENT = new Plan.Content("低碳水", "三餐定时", "每日快走 30 分钟", "23 点前入睡", "每日冥想 10 分钟",
            List.of(new Plan.Goods("代餐粉", 7), new Plan.Goods("体脂秤", 1)));

    /** An online program, its team invited, signed by both parties on {@code at}. */
    static Program signed(Instant at) {
        Program invited = TeamSteps.invite(ProgramTest.confirmed(), java.util.Map.of(Team.Seat.HEAD_COACH,
                ProgramTest.HAN, Team.Seat.ASSISTANT_COACH, ProgramTest.YANG, Team.Seat.CUSTOMER_SERVICE,
                ProgramTest.WEI), ADMIN, at).orThrow().after();
        Program p = ContractSteps.signOnline(invited, ContractTemplate.CURRENT, ContractTemplate.CURRENT.version(),
                "林晓", LIN, at, at).orThrow().after();
        return ContractSteps.countersign(p, ADMIN, at, "job", due(at)).orThrow().after();
    }

    static Program step(Program p, ArchiveStatus status, Instant at) {
        return p.archiveMoved(status, at, due(at)).orThrow().after();
    }

    static Deadline last(Program p) {
        return p.deadlines().get(p.deadlines().size() - 1);
    }

    public static Program confirmedArchive(Instant at) {
        Program p = step(step(signed(at), ArchiveStatus.SUBMITTED, at), ArchiveStatus.AUDIT_PASSED, at);
        return step(p, ArchiveStatus.CONFIRMED, at);
    }

    @Test
    void theArchiveMovesTheProgramsDeadlines() {
        Program p = signed(at("2026-11-20T10:00:00"));
        assertEquals(Step.FILL_ARCHIVE, last(p).step());
        assertEquals(List.of(ProgramGroup.Kind.LINK), ProgramGroup.broughtBy(ProgramTest.confirmed(), p).stream()
                .map(ProgramGroup.Message::kind).toList(), "the archive link goes to the group with the signature");
        assertEquals(at("2026-11-21T10:00:00"), last(p).dueAt(), "24 clock hours, a Saturday too");
        Program submitted = step(p, ArchiveStatus.SUBMITTED, at("2026-11-20T12:00:00"));
        assertFalse(submitted.deadlines().stream().filter(d -> d.step() == Step.FILL_ARCHIVE).findFirst().orElseThrow()
                .open(), "filled in time");
        assertEquals(Step.AUDIT_ARCHIVE, last(submitted).step());
        assertEquals(at("2026-11-23T18:00:00"), last(submitted).dueAt(), "1 working day from a Friday: Monday's close");
        Program failed = step(submitted, ArchiveStatus.FAILED, at("2026-11-20T14:00:00"));
        assertTrue(failed.deadlines().stream().noneMatch(Deadline::open), "back with the customer: nothing owed");
        Program again = step(step(failed, ArchiveStatus.SUBMITTED, at("2026-11-20T15:00:00")), ArchiveStatus.AUDIT_PASSED,
                at("2026-11-20T16:00:00"));
        assertEquals(Step.CONFIRM_ARCHIVE, last(again).step());
        Program sentBack = step(again, ArchiveStatus.SENT_BACK, at("2026-09-30T17:00:00"));
        assertEquals(Step.RECHECK_ARCHIVE, last(sentBack).step());
        assertEquals(at("2026-10-08T10:00:00"), last(sentBack).dueAt(),
                "2 business hours from 17:00 on the eve of National Day: one that day, one on the 8th");
        assertThrows(Refused.class, () -> sentBack.archiveMoved(ArchiveStatus.SENT_BACK, at("2026-09-30T17:00:00"),
                due(at("2026-09-30T17:00:00"))).orThrow(), "a move known already changes nothing");
        Program confirmed = step(step(step(sentBack, ArchiveStatus.SUBMITTED, at("2026-10-08T09:30:00")),
                ArchiveStatus.AUDIT_PASSED, at("2026-10-08T10:00:00")), ArchiveStatus.CONFIRMED, at("2026-10-09T17:00:00"));
        assertEquals(Step.WRITE_PLAN, last(confirmed).step());
        assertEquals(at("2026-10-13T18:00:00"), last(confirmed).dueAt(),
                "3 working days from Friday 9 October: the make-up Saturday 10th, Monday 12th, Tuesday 13th");
        assertEquals(1, confirmed.deadlines().stream().filter(Deadline::open).count(), "only the plan is owed");
    }

    @Test
    void thePlanIsWrittenOnceTheArchiveIsConfirmedAndVersionedAfter() {
        Instant at = at("2026-11-20T10:00:00");
        assertThrows(Refused.class, () -> step(signed(at), ArchiveStatus.SUBMITTED, at).submitPlan(CONTENT, null, HM, at,
                due(at)).orThrow(), "the archive is not confirmed");
        Program planned = confirmedArchive(at).submitPlan(CONTENT, "low-carb", HM, at("2026-11-20T17:30:00"),
                due(at("2026-11-20T17:30:00"))).orThrow().after();
        assertEquals(Stage.PLAN_SUBMITTED, planned.stage());
        assertEquals(49, planned.plan().orElseThrow().days());
        assertEquals(Step.CHOOSE_DELIVERY, last(planned).step());
        assertEquals(at("2026-11-23T09:30:00"), last(planned).dueAt(), "1 business hour from 17:30 on a Friday");
        assertThrows(Refused.class, () -> planned.submitPlan(CONTENT, null, HM, at, due(at)).orThrow(),
                "nothing changed");
        Plan.Content more = new Plan.Content("低碳水", "三餐定时", "每日快走 45 分钟", "23 点前入睡", "每日冥想 10 分钟",
                CONTENT.goods());
        Program revised = planned.submitPlan(more, null, HM, at("2026-11-21T10:00:00"), due(at)).orThrow().after();
        assertEquals(2, revised.plans().size());
        assertEquals("每日快走 30 分钟", revised.plans().get(0).exercise(), "version 1 stays as it was");
        assertEquals(Stage.PLAN_SUBMITTED, revised.stage());
    }

    @Test
    void aPlanFormTakesWhatItLeavesOutFromItsTemplate() {
        PlanTemplates kept = PlanTemplates.first(new PlanTemplates.Template("low-carb", "低碳水 49 天", CONTENT), HM,
                at("2026-11-01T10:00:00")).after();
        Plan.Content c = new PlanForm("low-carb", null, null, "每日游泳", null, null, null).validate(kept);
        assertEquals("每日游泳", c.exercise());
        assertEquals(CONTENT.goods(), c.goods());
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> new PlanForm("keto", null, null, null, null,
                null, null).validate(kept));
        assertEquals("templateId", unknown.errors().get(0).field());
        InvalidInput bare = assertThrows(InvalidInput.class, () -> new PlanForm(null, "低碳水", "", null, null, null,
                List.of(new GoodsForm("代餐粉", "0"))).validate(PlanTemplates.NONE));
        assertEquals(List.of("diet", "exercise", "sleep", "mind", "goods[0].quantity"),
                bare.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void theGoodsArePackedAgainstThePlanShippedWithPhotosAndReceived() {
        Instant at = at("2026-11-23T10:00:00");
        Program planned = confirmedArchive(at).submitPlan(CONTENT, null, HM, at, due(at)).orThrow().after();
        Delivery mail = Delivery.chosen(Delivery.Method.MAIL, null, null, "上海市徐汇区漕溪北路 1 号", "林晓",
                "13800001111", CS, at);
        Program chosen = DeliverySteps.choose(planned, mail, at, due(at)).orThrow().after();
        assertEquals(Step.PACK_GOODS, last(chosen).step());
        assertEquals(at("2026-11-23T14:00:00"), last(chosen).dueAt(), "4 business hours");
        Delivery.Packing sf = new Delivery.Packing(0, "SF", "顺丰速运", "SF1234567890", null, null, ADMIN, at);
        InvalidInput short1 = assertThrows(InvalidInput.class, () -> DeliverySteps.pack(chosen,
                List.of(new Plan.Goods("代餐粉", 6),
                new Plan.Goods("体脂秤", 1)), sf, at, due(at)).orThrow());
        assertEquals("goods", short1.errors().get(0).field());
        assertTrue(short1.errors().get(0).message().contains("代餐粉×7"), short1.errors().get(0).message());
        InvalidInput noCarrier = assertThrows(InvalidInput.class, () -> DeliverySteps.pack(chosen, CONTENT.goods(),
                new Delivery.Packing(0, null, null, null, null, null, ADMIN, at), at, due(at)).orThrow());
        assertEquals("carrier", noCarrier.errors().get(0).field());
        Program packed = DeliverySteps.pack(chosen, List.of(new Plan.Goods("体脂秤", 1), new Plan.Goods("代餐粉", 7)), sf,
                at, due(at))
                .orThrow().after();
        assertEquals(Stage.PACKED, packed.stage());
        assertEquals(1, packed.delivery().packing().planVersion());
        assertThrows(Refused.class, () -> packed.submitPlan(CONTENT, null, HM, at, due(at)).orThrow(),
                "packed goods are sent as they were");
        Program shipped = DeliverySteps.confirmShipment(packed, List.of("programs/x/shipment/1.jpg"), ADMIN, at,
                due(at)).orThrow()
                .after();
        assertTrue(ProgramWording.shipmentNotice(shipped.delivery().packing()).contains("SF1234567890") &&
                ProgramWording.shipmentNotice(shipped.delivery().packing()).contains("顺丰速运"));
        List<Deadline> open = shipped.deadlines().stream().filter(Deadline::open).toList();
        assertEquals(List.of(Step.FOLLOW_UP_DELIVERY, Step.REMIND_RECEIPT), open.stream().map(Deadline::step).toList());
        assertEquals(at.plusSeconds(48 * 3600), open.get(1).dueAt());
        assertEquals("客户 48 小时未确认收货，请私信提醒", open.get(1).step().overdueTitle(), "the 48 h prompt says what to do");
        Program followed = DeliverySteps.followUp(shipped, new Delivery.FollowUp("预计明天送达", false, CS, at)).orThrow()
                .after();
        assertEquals(List.of(ProgramGroup.Kind.SYSTEM), ProgramGroup.broughtBy(packed, shipped).stream()
                .map(ProgramGroup.Message::kind).toList(), "the shipment notice, written with the change");
        assertEquals("预计明天送达", ProgramGroup.broughtBy(shipped, followed).get(0).text());
        Program privately = DeliverySteps.followUp(shipped, new Delivery.FollowUp("收到了吗？", true, CS,
                at)).orThrow().after();
        assertTrue(ProgramGroup.broughtBy(shipped, privately).isEmpty(), "a private message is not the group's");
        assertEquals(List.of(Step.REMIND_RECEIPT), followed.deadlines().stream().filter(Deadline::open)
                .map(Deadline::step).toList());
        assertThrows(Refused.class, () -> DeliverySteps.confirmReceipt(followed, new Actor("other", "别人",
                Set.of(Role.CUSTOMER)), at, due(at))
                .orThrow(), "only her own");
        Program received = DeliverySteps.confirmReceipt(followed, LIN, at("2026-11-24T12:00:00"),
                due(at("2026-11-24T12:00:00")))
                .orThrow().after();
        assertEquals(Stage.RECEIVED, received.stage());
        assertEquals(List.of(Step.GUIDE_DEVICES), received.deadlines().stream().filter(Deadline::open)
                .map(Deadline::step).toList(), "H-15: the devices are guided within 24 h of receipt");
        assertEquals(at("2026-11-25T12:00:00"), received.deadlines().stream().filter(Deadline::open).findFirst()
                .orElseThrow().dueAt());
        assertThrows(Refused.class, () -> DeliverySteps.confirmReceipt(received, LIN, at, due(at)).orThrow(), "once");
    }

    @Test
    void aPickupKeepsItsAgreedPointUnlessThePackingSaysOtherwise() {
        Instant at = at("2026-11-23T10:00:00");
        Program planned = confirmedArchive(at).submitPlan(CONTENT, null, HM, at, due(at)).orThrow().after();
        Delivery pickup = Delivery.chosen(Delivery.Method.PICKUP, "门店前台", at("2026-11-24T14:00:00"), null, null,
                null, CS, at);
        Program chosen = DeliverySteps.choose(planned, pickup, at, due(at)).orThrow().after();
        Program packed = DeliverySteps.pack(chosen, CONTENT.goods(), new Delivery.Packing(0, null, null, null, null,
                null, ADMIN, at), at, due(at)).orThrow().after();
        assertEquals("门店前台", packed.delivery().packing().pickupPoint());
        assertNull(packed.delivery().packing().trackingNo());
        assertTrue(ProgramWording.shipmentNotice(packed.delivery().packing()).contains("门店前台"));
    }

    @Test
    void aShipmentNamesEachBadPhotoByItsPlace() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new DeliveryForms.ShipmentForm(List.of(
                "programs/P-1/shipment/a.jpg", "programs/P-2/shipment/b.jpg", "programs/P-1/shipment/a.jpg"))
                .validate("programs/P-1/shipment/"));
        assertEquals(List.of("photoKeys[1]", "photoKeys[2]"), e.errors().stream().map(f -> f.field()).toList());
    }

    private static void assertNull(Object o) {
        assertEquals(null, o);
    }
}
