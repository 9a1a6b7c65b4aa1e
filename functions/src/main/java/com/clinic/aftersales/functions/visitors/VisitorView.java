package com.clinic.aftersales.functions.visitors;

import com.clinic.journey.VisitRecords.VisitorEntry;
import com.clinic.platform.ShanghaiTime;
import io.micronaut.serde.annotation.Serdeable;

/** C-24 来院客户: a customer registered at the clinic, as now on record; the arrival in Asia/Shanghai. */
@Serdeable
public record VisitorView(String visitCode, String customerId, String name, String phone, String gender, Integer age,
                          String source, String notes, boolean walkIn, String arrivedAt) {
    static VisitorView of(VisitorEntry e) {
        var c = e.customer();
        return new VisitorView(e.visitCode(), e.customerId(), c.name(), c.phone(),
                c.gender() == null ? null : c.gender().name(), c.age(), c.source(), c.notes(), e.walkIn(),
                ShanghaiTime.show(e.arrivedAt()));
    }
}
