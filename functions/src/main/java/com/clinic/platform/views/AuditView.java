package com.clinic.platform.views;

import com.clinic.platform.AuditRecord;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
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
