package com.clinic.functions.views;

import static com.clinic.model.ShanghaiTime.show;

import com.clinic.model.visit.CustomerProfile;
import com.clinic.model.visit.Visit;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A visit as the front ends show it; times are ISO-8601 in Asia/Shanghai (+08:00). */
@Serdeable
public record VisitView(String code, String stage, String stageLabel, long version, Customer customer,
                        Arrival arrival, StaffView.Ref bookedBy, StaffView.Ref driver, List<DriverChange> driverHistory,
                        String pickedUpAt, String createdAt, String updatedAt) {

    public static VisitView of(Visit v) {
        CustomerProfile c = v.customer();
        return new VisitView(v.code(), v.stage().name(), v.stage().label(), v.version(),
                new Customer(c.name(), c.phone(), c.gender().name(), c.age(), c.wantedItems(), c.source(), c.notes()),
                new Arrival(show(v.arrival().arrivalAt()), v.arrival().mode().name(), v.arrival().transportNo(),
                        v.arrival().station()),
                StaffView.Ref.of(v.bookedBy()), StaffView.Ref.of(v.driver()),
                v.driverHistory().stream().map(a -> new DriverChange(StaffView.Ref.of(a.driver()),
                        StaffView.Ref.of(a.assignedBy()), show(a.assignedAt()), a.reason())).toList(),
                show(v.pickedUpAt()), show(v.createdAt()), show(v.updatedAt()));
    }

    /** The ETag of this state, for If-Match on the next change. */
    public static String etag(Visit v) {
        return "\"" + v.version() + "\"";
    }

    @Serdeable
    public record Customer(String name, String phone, String gender, Integer age, List<String> wantedItems,
                           String source, String notes) {
    }

    @Serdeable
    public record Arrival(String arrivalAt, String mode, String transportNo, String station) {
    }

    @Serdeable
    public record DriverChange(StaffView.Ref driver, StaffView.Ref assignedBy, String assignedAt, String reason) {
    }
}
