package com.clinic.aftersales.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinic.aftersales.complaint.ComplaintForms.HandlingForm;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C-26: a complaint goes OPEN → HANDLING → RESOLVED or CLOSED, each step and edit kept; a final one is left alone. */
class ComplaintTest {
    static final StaffRef CHEN = new StaffRef("a1", "陈售后");
    static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    static Complaint raised() {
        return Complaint.raise("C1", new Complaint.Details(null, "张丽", null, Complaint.Category.ATTITUDE,
                Complaint.Severity.MEDIUM, "催促签单"), new StaffRef("c1", "冯咨询"), CHEN, AT).after();
    }

    @Test
    void stepsAreKeptAndAFinalComplaintTakesNoMore() {
        Complaint c = raised().handle("已致歉", Complaint.Status.HANDLING, CHEN, AT).orThrow().after()
                .handle("主管回访", Complaint.Status.HANDLING, CHEN, AT).orThrow().after()
                .handle("客户满意", Complaint.Status.RESOLVED, CHEN, AT).orThrow().after();
        assertEquals(List.of(Complaint.Status.OPEN, Complaint.Status.HANDLING, Complaint.Status.HANDLING),
                c.steps().stream().map(Complaint.Step::from).toList());
        assertEquals(Complaint.Status.RESOLVED, c.status());
        assertEquals(4, c.version());
        assertThrows(Refused.class, () -> c.handle("再次", Complaint.Status.CLOSED, CHEN, AT).orThrow());
        assertThrows(Refused.class, () -> c.edit(Complaint.Category.OTHER, Complaint.Severity.LOW, "x", CHEN, AT)
                .orThrow());
    }

    @Test
    void anEditKeepsTheReplacedDetailsAndAStepCannotReopen() {
        Complaint edited = raised().edit(Complaint.Category.ATTITUDE, Complaint.Severity.HIGH, "多次催促签单", CHEN, AT)
                .orThrow().after();
        assertEquals(Complaint.Severity.MEDIUM, edited.edits().get(0).severity());
        assertThrows(InvalidInput.class, () -> edited.handle("x", Complaint.Status.OPEN, CHEN, AT).orThrow());
        InvalidInput e = assertThrows(InvalidInput.class, () -> new HandlingForm(" ", "OPEN").validate());
        assertEquals(List.of("note", "status"), e.errors().stream().map(f -> f.field()).toList());
    }
}
