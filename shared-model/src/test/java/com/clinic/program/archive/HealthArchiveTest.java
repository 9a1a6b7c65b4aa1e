package com.clinic.program.archive;

import com.clinic.program.ArchiveStatus;
import com.clinic.program.archive.HealthArchive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.Actor;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.program.archive.HealthArchive.ArchiveForm;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * H-05…H-07: the archive's measurements are checked against their units' plausible ranges, naming each bad field;
 * it moves submitted → audited → confirmed, back to the customer when failed or sent back; only the roles that need
 * it and the customer herself read it.
 */
class HealthArchiveTest {
    static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    static final StaffRef LIN = new StaffRef("app-1", "林晓");
    static final StaffRef AUDITOR = new StaffRef("au", "蒋审核");
    static final StaffRef SERVICE = new StaffRef("cs", "卫客服");

    static ArchiveForm form(String systolic, String diastolic) {
        return new ArchiveForm("165", "68.5", systolic, diastolic, "5.6", "78", List.of("高血压家族史"),
                List.of(), List.of("青霉素"), "三个月减重 5 公斤，改善睡眠", "6", "2", "false", "true", "38");
    }

    @Test
    void measurementsAreCheckedAgainstTheirRangesAndEveryBadFieldIsNamed() {
        assertEquals(68.5, form("120", "80").validate().assessment().weightKg());
        InvalidInput e = assertThrows(InvalidInput.class, () -> new ArchiveForm("1650", "68,5", "80", "120", "99",
                null, null, null, null, " ", "25", "8", null, null, "130").validate());
        assertEquals(List.of("heightCm", "weightKg", "diastolicMmHg", "fastingGlucoseMmolL", "age", "goals", "sleepHours",
                "exerciseDaysPerWeek"), e.errors().stream().map(f -> f.field()).toList());
        InvalidInput missing = assertThrows(InvalidInput.class, () -> new ArchiveForm(null, null, null, null, null,
                null, null, null, null, "减重", "7", "3", null, null, null).validate());
        assertEquals(List.of("heightCm", "weightKg", "systolicMmHg", "diastolicMmHg"),
                missing.errors().stream().map(f -> f.field()).toList(), "e.g. 血压数据未填写");
    }

    @Test
    void aFailedAuditGoesBackToTheCustomerAndAConfirmedArchiveIsFinal() {
        HealthArchive opened = HealthArchive.open("P-1", "app-1", LIN, AT).after();
        assertEquals(ArchiveStatus.EMPTY, opened.status());
        HealthArchive submitted = opened.submit(form("120", "80").validate(), LIN, AT).orThrow().after();
        assertEquals(2, submitted.version());
        assertEquals("reason", assertThrows(InvalidInput.class, () -> submitted.audit(false, " ", AUDITOR, AT)
                .orThrow()).errors().get(0).field());
        HealthArchive failed = submitted.audit(false, "血压数据未填写", AUDITOR, AT).orThrow().after();
        assertEquals(ArchiveStatus.FAILED, failed.status());
        HealthArchive again = failed.submit(form("128", "84").validate(), LIN, AT).orThrow().after();
        HealthArchive passed = again.audit(true, null, AUDITOR, AT).orThrow().after();
        assertThrows(Refused.class, () -> again.confirm(true, null, SERVICE, AT).orThrow(), "audited first");
        HealthArchive sentBack = passed.confirm(false, "调查问卷缺少作息时间", SERVICE, AT).orThrow().after();
        assertEquals(ArchiveStatus.SENT_BACK, sentBack.status());
        HealthArchive confirmed = sentBack.submit(form("128", "84").validate(), LIN, AT).orThrow().after()
                .audit(true, null, AUDITOR, AT).orThrow().after().confirm(true, null, SERVICE, AT).orThrow().after();
        assertEquals(ArchiveStatus.CONFIRMED, confirmed.status());
        assertEquals(5, confirmed.reviews().size(), "every review kept");
        assertThrows(Refused.class, () -> confirmed.submit(form("120", "80").validate(), LIN, AT).orThrow());
    }

    @Test
    void onlyTheRolesThatNeedItAndTheCustomerReadTheArchive() {
        assertTrue(HealthArchive.canRead(new Actor("m", "沈健康", Set.of(Role.HEALTH_MANAGER)), "app-1"));
        assertTrue(HealthArchive.canRead(new Actor("app-1", "林晓", Set.of(Role.CUSTOMER)), "app-1"));
        assertFalse(HealthArchive.canRead(new Actor("app-2", "别人", Set.of(Role.CUSTOMER)), "app-1"));
        assertFalse(HealthArchive.canRead(new Actor("ad", "褚行政", Set.of(Role.ADMIN)), "app-1"), "not the admin");
        assertFalse(HealthArchive.canRead(new Actor("hc", "韩主教练", Set.of(Role.HEAD_COACH)), "app-1"));
    }
}
