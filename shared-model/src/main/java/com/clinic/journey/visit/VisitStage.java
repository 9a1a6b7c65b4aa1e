package com.clinic.journey.visit;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every stage of the clinic journey (SPEC section A). Photos (C-08), the exam (C-09) and the barcode
 * (C-07) are optional side steps taken while the visit is ARRIVED or later, so they are not stages.
 */
public enum VisitStage {
    /** C-01 booked by sales; the dispatcher's 待分配 list. */
    BOOKED("待分配"),
    /** C-02/C-03 a driver is assigned; the dispatcher's 已分配 list and the driver's day. */
    DRIVER_ASSIGNED("已分配"),
    /** C-04 the driver has the customer. */
    PICKED_UP("已接到"),
    /** C-06 a walk-in registered at the front desk, waiting for the arrival confirmation. */
    REGISTERED("已登记"),
    /** C-05/C-06 the front desk confirmed the arrival (booked or walk-in). */
    ARRIVED("已到店"),
    /** C-10 a consultant is assigned. */
    TRIAGED("已分诊"),
    /** C-11 the consultant received the customer and is building the order. */
    IN_CONSULTATION("接待中"),
    /** C-11 confirmed order waiting for the super admin (C-12). */
    PRICE_REVIEW("待审价"),
    /** C-12 prices approved; item sheet printed and signed (C-13); waiting for the cashier. */
    PRICE_APPROVED("待收银"),
    /** C-14 paid (C-15 settles later price changes). */
    PAID("已收银"),
    /** C-27 admitted for the operation; starts the day 2/7/15 follow-ups. */
    ADMITTED("已入院"),
    /** C-24 the journey was rejected; it can be restored to the stage it left. */
    REJECTED("已拒绝");

    private final String label;

    VisitStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Stages whose visits appear in a work queue; only these carry a list-index entry. */
    public static final Set<VisitStage> WORK_QUEUES = EnumSet.of(
            BOOKED, DRIVER_ASSIGNED, PICKED_UP, REGISTERED, ARRIVED, TRIAGED, IN_CONSULTATION, PRICE_REVIEW);

    /** Stages of a customer still on the way: the front desk expects them on their arrival day. */
    public static final Set<VisitStage> EXPECTED = EnumSet.of(BOOKED, DRIVER_ASSIGNED, PICKED_UP, REGISTERED);

    /** Stages in the clinic after the arrival, before the journey ends or is rejected. */
    public static final Set<VisitStage> IN_CLINIC = EnumSet.of(ARRIVED, TRIAGED, IN_CONSULTATION, PRICE_REVIEW,
            PRICE_APPROVED, PAID, ADMITTED);

    /** Stages with a reviewed order: the item sheet can be printed and signed, payments taken. */
    public static final Set<VisitStage> PRICED = EnumSet.of(PRICE_APPROVED, PAID, ADMITTED);
}
