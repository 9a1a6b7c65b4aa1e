package com.clinic.functions.views;

import com.clinic.model.AuditRecord;
import com.clinic.model.Role;
import com.clinic.model.ShanghaiTime;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record AuditView(String at, StaffView.Ref actor, List<Role> roles, String action, String from, String to,
                        String detail) {
    public static AuditView of(AuditRecord a) {
        return new AuditView(ShanghaiTime.show(a.at()), StaffView.Ref.of(a.actor()),
                a.roles().stream().sorted().toList(), a.action(), a.fromStage(), a.toStage(), a.detail());
    }
}
