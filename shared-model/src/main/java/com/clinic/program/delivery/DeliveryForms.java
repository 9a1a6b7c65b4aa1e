package com.clinic.program.delivery;

import com.clinic.platform.Check;
import com.clinic.platform.Flag;
import com.clinic.program.Delivery;
import com.clinic.program.Plan;
import com.clinic.program.plan.PlanForms;
import com.clinic.program.plan.PlanForms.GoodsForm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The forms of the delivery (H-09…H-12) and of the partner carriers, each naming every bad field. */
public final class DeliveryForms {
    private static final Pattern CARRIER = Pattern.compile("[A-Z0-9_]{1,20}");
    private static final Pattern TRACKING = Pattern.compile("[0-9A-Za-z-]{6,40}");

    private DeliveryForms() {
    }

    /** H-10 the partner carriers as the admin keeps them: codes unique. */
    public record CarriersForm(List<Carriers.Carrier> carriers) {
        public List<Carriers.Carrier> validate() {
            Check check = new Check();
            if (carriers == null || carriers.isEmpty() || carriers.size() > 30) {
                check.fail("carriers", "must list 1 to 30 carriers");
                check.done();
            }
            Set<String> seen = new HashSet<>();
            List<Carriers.Carrier> out = new ArrayList<>();
            for (int i = 0; i < carriers.size(); i++) {
                Carriers.Carrier c = carriers.get(i) == null ? new Carriers.Carrier(null, null) : carriers.get(i);
                String at = "carriers[" + i + "].";
                String code = check.required(at + "code", c.code(), 20);
                if (code != null && !CARRIER.matcher(code).matches()) {
                    check.fail(at + "code", "must be upper-case letters, digits or _ (e.g. SF)");
                } else if (code != null && !seen.add(code)) {
                    check.fail(at + "code", "is listed twice");
                }
                out.add(new Carriers.Carrier(code, check.required(at + "name", c.name(), 30)));
            }
            check.done();
            return out;
        }
    }

    /** H-09 how the customer wants her goods: pickup (point, time) or mail (address, recipient, phone). */
    public record DeliveryForm(String method, String pickupPoint, String pickupAt, String address, String recipient,
                               String recipientPhone) {
        public Delivery validate(com.clinic.platform.StaffRef by, Instant now) {
            Check check = new Check();
            Delivery.Method m = check.oneOf("method", method, Delivery.Method.class, null);
            String point = null;
            Instant at = null;
            String addr = null;
            String who = null;
            String phone = null;
            if (m == Delivery.Method.PICKUP) {
                point = check.required("pickupPoint", pickupPoint, 200);
                at = check.instant("pickupAt", pickupAt);
                if (at == null && (pickupAt == null || pickupAt.isBlank())) {
                    check.fail("pickupAt", "is required for a pickup");
                } else if (at != null && at.isBefore(now)) {
                    check.fail("pickupAt", "must lie ahead");
                }
                only(check, "address", address, "recipient", recipient, "recipientPhone", recipientPhone);
            } else if (m == Delivery.Method.MAIL) {
                addr = check.required("address", address, 300);
                who = check.required("recipient", recipient, 50);
                phone = check.mobile("recipientPhone", recipientPhone);
                only(check, "pickupPoint", pickupPoint, "pickupAt", pickupAt);
            }
            check.done();
            return Delivery.chosen(m, point, at, addr, who, phone, by, now);
        }
    }

    /** Fields the other method carries are a mistake, named. */
    private static void only(Check check, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null && !namesAndValues[i + 1].isBlank()) {
                check.fail(namesAndValues[i], "belongs to the other delivery method");
            }
        }
    }

    /**
     * H-10 what the admin packed: the goods as counted, and for mail the partner carrier (its code on the kept
     * list) and the tracking number; for pickup the point and time, when they differ from what was agreed.
     */
    public record PackingForm(List<GoodsForm> goods, String carrier, String trackingNo, String pickupPoint,
                              String pickupAt) {
        public record Valid(List<Plan.Goods> goods, Carriers.Carrier carrier, String trackingNo, String pickupPoint,
                            Instant pickupAt) {
        }

        public Valid validate(Carriers carriers) {
            Check check = new Check();
            List<Plan.Goods> g = PlanForms.goodsOf(check, "goods", goods, true);
            Carriers.Carrier c = null;
            String code = check.optional("carrier", carrier, 20);
            if (code != null) {
                c = carriers.find(code).orElse(null);
                if (c == null) {
                    check.fail("carrier", "must be a partner carrier: " + carriers.carriers().stream()
                            .map(Carriers.Carrier::code).toList());
                }
            }
            String no = check.optional("trackingNo", trackingNo, 40);
            if (no != null && !TRACKING.matcher(no).matches()) {
                check.fail("trackingNo", "must be the carrier's tracking number (6–40 letters, digits, -)");
            }
            String point = check.optional("pickupPoint", pickupPoint, 200);
            Instant at = pickupAt == null || pickupAt.isBlank() ? null : check.instant("pickupAt", pickupAt);
            check.done();
            return new Valid(g, c, no, point, at);
        }
    }

    /** H-11 the photos of the packed goods: keys of uploads issued for this program's shipment. */
    public record ShipmentForm(List<String> photoKeys) {
        public List<String> validate(String folder) {
            Check check = new Check();
            List<String> keys = check.uploadKeys("photoKeys", photoKeys, folder, "photos of the goods", "this shipment");
            check.done();
            return keys;
        }
    }

    /** H-12 customer service's message about the goods: in the group, or privately (the 48 h reminder). */
    public record DeliveryFollowUpForm(String text, @Flag String privately) {
        public DeliveryFollowUpForm validate() {
            Check check = new Check();
            String t = check.required("text", text, 1000);
            boolean p = check.bool("privately", privately, false);
            check.done();
            return new DeliveryFollowUpForm(t, Boolean.toString(p));
        }

        public boolean isPrivate() {
            return Boolean.parseBoolean(privately);
        }
    }
}
