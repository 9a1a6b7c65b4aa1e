package com.clinic.office.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivacyRequestTest {
    static final StaffRef ADMIN = new StaffRef("a1", "王超管");
    static final Instant AT = Instant.parse("2026-11-22T08:30:00Z");
    static final Instant DUE = AT.plusSeconds(21 * 86_400);

    static PrivacyRequest received(RequestKind kind) {
        return PrivacyRequest.receive("PR-1", "13912345678", kind, ADMIN, AT, DUE).after();
    }

    @Test
    void aRequestIsAnsweredOnceByTheAnswerItAsksFor() {
        PrivacyRequest copy = received(RequestKind.COPY);
        assertFalse(copy.overdue(DUE));
        assertTrue(copy.overdue(DUE.plusSeconds(1)));
        assertTrue(copy.erased(new ErasureReport("ERASED-1", 1, 0, List.of()), ADMIN, AT) instanceof Decision.Rejected);
        PrivacyRequest done = ((Decision.Accepted<PrivacyRequest, PrivacyRequestEvent>) copy.copied("k.json", "job",
                3, ADMIN, AT)).after();
        assertEquals(PrivacyRequest.Status.FULFILLED, done.status());
        assertFalse(done.overdue(DUE.plusSeconds(1)), "answered is never late");
        assertTrue(done.refuse("late", ADMIN, AT) instanceof Decision.Rejected);
        assertTrue(done.answered() instanceof Decision.Rejected);
    }

    @Test
    void anErasedRequestKeepsOnlyThePseudonym() {
        PrivacyRequest erased = ((Decision.Accepted<PrivacyRequest, PrivacyRequestEvent>) received(RequestKind.ERASURE)
                .erased(new ErasureReport("ERASED-1a2b", 4, 2, List.of("visit")), ADMIN, AT)).after();
        assertEquals("ERASED-1a2b", erased.mobile());
        assertEquals("ERASED-1a2b", PrivacyRequestKind.REQUEST.concerns(erased), "her timeline no longer has it");
        assertTrue(erased.outcome().contains("deleted 2 files") && erased.outcome().contains("visit"));
    }

    @Test
    void herNamesAreReadFromHerFieldsNotFromStaffNames() {
        Set<String> names = new LinkedHashSet<>();
        DataCopy.namesIn(Map.of("customerName", "张丽", "by", Map.of("id", "s1", "name", "李开发"),
                "customer", Map.of("name", "张小丽", "phone", "13912345678"),
                "edits", List.of(Map.of("customerName", "张莉", "by", Map.of("name", "陈售后")))), names);
        assertEquals(Set.of("张丽", "张小丽", "张莉"), names);
    }

    @Test
    void herCopyReadsAsStoredWithTimesInShanghai() {
        var doc = DataCopy.document("139****5678", List.of(new Holding("visit", "V1", List.of(Map.of(
                "createdAt", "2026-11-22T08:30:00.123Z", "customer", Map.of("name", "张丽"))))), AT);
        assertEquals(List.of("【visit V1】", "createdAt: 2026年11月22日 16:30；customer.name: 张丽"),
                doc.paragraphs().subList(1, 3));
        assertTrue(doc.visibleTo(new com.clinic.platform.Actor("x", "x", Set.of(com.clinic.platform.Role.AFTER_SALES))));
        assertFalse(doc.visibleTo(new com.clinic.platform.Actor("x", "x", Set.of(com.clinic.platform.Role.FRONT_DESK))));
    }
}
