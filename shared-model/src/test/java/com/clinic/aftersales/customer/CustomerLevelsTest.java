package com.clinic.aftersales.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.PaymentMethod;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.Names;
import com.clinic.platform.Refused;
import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C-16: the catalogue's form names each bad level; a payment is recorded once; levels keep their history. */
class CustomerLevelsTest {
    static final StaffRef CHEN = new StaffRef("a1", "陈售后");
    static final Instant AT = Instant.parse("2026-11-22T08:30:00Z");

    @Test
    void theCatalogueFormNamesEachBadLevel() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new CustomerLevels.Form(Arrays.asList(
                new CustomerLevels.Entry("VIP", "贵宾", null), new CustomerLevels.Entry("vip", "小写", null),
                new CustomerLevels.Entry("VIP", "重复", null), new CustomerLevels.Entry("GOLD", " ", null)))
                .validate());
        assertEquals(List.of("levels[1].code", "levels[2].code", "levels[3].name"),
                e.errors().stream().map(f -> f.field()).toList());
        assertEquals("levels", assertThrows(InvalidInput.class, () -> new CustomerLevels.Form(List.of()).validate())
                .errors().get(0).field());
    }

    @Test
    void paymentsAreRecordedOnceAndLevelsKeepTheirHistory() {
        PaymentCollected p = new PaymentCollected("E1", "V1", "C1", "张丽", "13912345678", "抖音", List.of(
                new PaymentCollected.Line("p1", PaymentMethod.CASH, 50_000, null, null, List.of()),
                new PaymentCollected.Line("p2", PaymentMethod.LOAN, 150_000, 6, null, List.of())), 200_000, CHEN, AT);
        PayingCustomer c = PayingCustomer.record(p).after();
        assertEquals(200_000, c.paid());
        assertThrows(Refused.class, () -> c.recordPayment(p).orThrow(), "the same event twice");
        CustomerLevels.Entry vip = new CustomerLevels.Entry("VIP", "贵宾", null);
        PayingCustomer vipC = c.setLevel(vip, "老客户", CHEN, AT).orThrow().after();
        assertThrows(Refused.class, () -> vipC.setLevel(vip, "老客户", CHEN, AT).orThrow());
        var gold = vipC.setLevel(new CustomerLevels.Entry("GOLD", "金卡", null), null, CHEN, AT).orThrow();
        assertEquals("设置等级：贵宾 → 金卡", gold.event().summary());
        assertEquals(List.of("VIP"), gold.after().levelHistory().stream().map(PayingCustomer.Level::code).toList());
    }

    @Test
    void namesMeetWhateverTheSpacingAndWidth() {
        assertEquals(Names.normalised("张丽"), Names.normalised(" 张　丽 "));
        assertEquals("anna李", Names.normalised("Ａｎｎａ 李"));
    }
}
