package com.clinic.program.course;

/** Whose program a course is: the customer (her app id, name and mobile) and the order. */
public record Customer(String id, String name, String phone, String orderNo) {
    /** How notices name her: 林晓（SO1001）. */
    public String label() {
        return name + "（" + orderNo + "）";
    }
}
