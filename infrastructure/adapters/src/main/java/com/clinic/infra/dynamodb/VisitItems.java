package com.clinic.infra.dynamodb;

import static com.clinic.infra.dynamodb.Attrs.instant;
import static com.clinic.infra.dynamodb.Attrs.item;
import static com.clinic.infra.dynamodb.Attrs.map;
import static com.clinic.infra.dynamodb.Attrs.num;
import static com.clinic.infra.dynamodb.Attrs.str;

import com.clinic.model.ShanghaiTime;
import com.clinic.model.StaffRef;
import com.clinic.model.visit.ArrivalPlan;
import com.clinic.model.visit.CustomerProfile;
import com.clinic.model.visit.DriverAssignment;
import com.clinic.model.visit.Gender;
import com.clinic.model.visit.TransportMode;
import com.clinic.model.visit.Visit;
import com.clinic.model.visit.VisitStage;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The visit item and its index keys (see README "Table design"): gsi1 is the work queue of its stage, gsi2 the
 * assigned driver's day. Both are sparse: a visit outside a work queue or without a driver has no entry.
 */
final class VisitItems {
    static final String SK = "VISIT";

    private VisitItems() {
    }

    static String pk(String code) {
        return "VISIT#" + code;
    }

    static String stagePartition(VisitStage stage) {
        return "STAGE#" + stage.name();
    }

    static String driverDayPartition(String driverId, java.time.LocalDate day) {
        return "DRIVER#" + driverId + "#" + day;
    }

    static Map<String, AttributeValue> toItem(Visit v) {
        Attrs.Item item = item()
                .put("pk", pk(v.code())).put("sk", SK).put("type", "VISIT")
                .put("code", v.code()).put("stage", v.stage().name()).put("version", v.version())
                .put("customer", customer(v.customer()))
                .put("arrival", arrival(v.arrival()))
                .put("bookedBy", staff(v.bookedBy()))
                .put("driver", staff(v.driver()))
                .putList("driverHistory", v.driverHistory().stream()
                        .map(a -> AttributeValue.fromM(item().put("driver", staff(a.driver()))
                                .put("by", staff(a.assignedBy())).put("at", a.assignedAt())
                                .put("reason", a.reason()).build()))
                        .toList())
                .put("pickedUpAt", v.pickedUpAt())
                .put("createdAt", v.createdAt()).put("updatedAt", v.updatedAt());
        String order = v.arrival().arrivalAt() + "#" + v.code();
        if (VisitStage.WORK_QUEUES.contains(v.stage())) {
            item.put("gsi1pk", stagePartition(v.stage())).put("gsi1sk", order);
        }
        if (v.driver() != null) {
            item.put("gsi2pk", driverDayPartition(v.driver().id(), ShanghaiTime.dateOf(v.arrival().arrivalAt())))
                    .put("gsi2sk", order);
        }
        return item.build();
    }

    static Visit fromItem(Map<String, AttributeValue> i) {
        Map<String, AttributeValue> c = map(i, "customer");
        Map<String, AttributeValue> a = map(i, "arrival");
        Long age = num(c, "age");
        return new Visit(str(i, "code"),
                new CustomerProfile(str(c, "name"), str(c, "phone"), Gender.valueOf(str(c, "gender")),
                        age == null ? null : age.intValue(), Attrs.strings(c, "wantedItems"), str(c, "source"),
                        str(c, "notes")),
                new ArrivalPlan(instant(a, "at"), TransportMode.valueOf(str(a, "mode")), str(a, "transportNo"),
                        str(a, "station")),
                VisitStage.valueOf(str(i, "stage")),
                staff(map(i, "bookedBy")), staff(map(i, "driver")),
                Attrs.list(i, "driverHistory").stream().map(AttributeValue::m)
                        .map(h -> new DriverAssignment(staff(map(h, "driver")), staff(map(h, "by")),
                                instant(h, "at"), str(h, "reason")))
                        .toList(),
                instant(i, "pickedUpAt"), instant(i, "createdAt"), instant(i, "updatedAt"), num(i, "version"));
    }

    private static Map<String, AttributeValue> customer(CustomerProfile c) {
        return item().put("name", c.name()).put("phone", c.phone()).put("gender", c.gender().name())
                .put("age", c.age()).putStrings("wantedItems", c.wantedItems()).put("source", c.source())
                .put("notes", c.notes()).build();
    }

    private static Map<String, AttributeValue> arrival(ArrivalPlan a) {
        return item().put("at", a.arrivalAt()).put("mode", a.mode().name()).put("transportNo", a.transportNo())
                .put("station", a.station()).build();
    }

    static Map<String, AttributeValue> staff(StaffRef s) {
        return s == null ? null : item().put("id", s.id()).put("name", s.name()).build();
    }

    static StaffRef staff(Map<String, AttributeValue> m) {
        return m == null ? null : new StaffRef(str(m, "id"), str(m, "name"));
    }
}
