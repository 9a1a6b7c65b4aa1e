package com.clinic.aftersales.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinic.platform.InvalidInput;
import com.clinic.platform.Refused;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** C-25: a dispute is raised, each edit keeps the text it replaced, and an edit that changes nothing is refused. */
class DisputeTest {
    static final StaffRef CHEN = new StaffRef("a1", "陈售后");
    static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void anEditKeepsTheReplacedText() {
        Dispute d = Dispute.raise("D1", new DisputeForm(null, "张丽", null, "要求退款", null).validate(), CHEN, AT).after();
        Dispute edited = d.edit(new DisputeEditForm("张丽", "139 1234 5678", "同意再观察一周").validate(), CHEN,
                AT.plusSeconds(60)).orThrow().after();
        assertEquals("同意再观察一周", edited.description());
        assertEquals("13912345678", edited.phone());
        assertEquals("要求退款", edited.edits().get(0).description());
        assertEquals(2, edited.version());
        assertThrows(Refused.class, () -> edited.edit(new DisputeEditForm("张丽", "13912345678", "同意再观察一周"),
                CHEN, AT).orThrow());
    }

    @Test
    void theFormNamesEveryBadField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new DisputeForm(null, " ", "123", null, null).validate());
        assertEquals(java.util.List.of("customerName", "phone", "description"),
                e.errors().stream().map(f -> f.field()).toList());
    }
}
