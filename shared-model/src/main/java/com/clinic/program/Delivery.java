package com.clinic.program;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;

/**
 * H-09…H-12 how the plan's goods reach the customer: the method customer service recorded (pickup at a point and
 * time, or mail to an address), the admin's packing against the plan's goods list (mail: the partner carrier and
 * tracking number), the shipment confirmed with photos of the goods, customer service's messages about it and the
 * customer's confirmation of receipt.
 */
public record Delivery(Method method, String pickupPoint, Instant pickupAt, String address, String recipient,
                       String recipientPhone, StaffRef chosenBy, Instant chosenAt, Packing packing,
                       Shipment shipment, List<FollowUp> followUps, Instant receivedAt) {
    public enum Method { PICKUP, MAIL }

    /** The goods packed as the plan version lists them; mail carries a carrier and tracking number. */
    public record Packing(int planVersion, String carrierCode, String carrierName, String trackingNo,
                          String pickupPoint, Instant pickupAt, StaffRef by, Instant at) {
    }

    /** The shipment confirmed with the photos of the goods (storage keys). */
    public record Shipment(List<String> photoKeys, StaffRef by, Instant at) {
        public Shipment {
            photoKeys = List.copyOf(photoKeys);
        }
    }

    /** A message of customer service about the goods: in the group, or privately (the 48 h reminder). */
    public record FollowUp(String text, boolean privately, StaffRef by, Instant at) {
    }

    public Delivery {
        followUps = List.copyOf(followUps);
    }

    public static Delivery chosen(Method method, String point, Instant pickupAt, String address, String recipient,
                           String recipientPhone, StaffRef by, Instant at) {
        return new Delivery(method, point, pickupAt, address, recipient, recipientPhone, by, at, null, null,
                List.of(), null);
    }

    Delivery packed(Packing p) {
        return new Delivery(method, pickupPoint, pickupAt, address, recipient, recipientPhone, chosenBy, chosenAt,
                p, shipment, followUps, receivedAt);
    }

    Delivery shipped(Shipment s) {
        return new Delivery(method, pickupPoint, pickupAt, address, recipient, recipientPhone, chosenBy, chosenAt,
                packing, s, followUps, receivedAt);
    }

    Delivery followedUp(FollowUp f) {
        List<FollowUp> all = new java.util.ArrayList<>(followUps);
        all.add(f);
        return new Delivery(method, pickupPoint, pickupAt, address, recipient, recipientPhone, chosenBy, chosenAt,
                packing, shipment, all, receivedAt);
    }

    Delivery received(Instant at) {
        return new Delivery(method, pickupPoint, pickupAt, address, recipient, recipientPhone, chosenBy, chosenAt,
                packing, shipment, followUps, at);
    }
}
