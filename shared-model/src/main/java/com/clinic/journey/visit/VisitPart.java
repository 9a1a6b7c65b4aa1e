package com.clinic.journey.visit;

import java.util.Map;

/** The parts of a visit that {@link VisitAccess} shows or withholds, role by role. */
public enum VisitPart {
    /** The customer's name (every role that sees the visit). */
    IDENTITY,
    /** Gender and age. */
    DEMOGRAPHICS,
    /** The mobile number in full: roles that call the customer. */
    PHONE,
    /** The mobile number masked ({@code 139****5678}): roles that only need to tell customers apart. */
    PHONE_MASKED,
    /** Source, self-media account, notes, who booked. */
    BOOKING,
    /** The treatments the customer asked about at booking. */
    WANTED_ITEMS,
    /** The planned arrival (flight or train, station, time). */
    ARRIVAL,
    /** The driver, the driver's history, the pick-up. */
    DISPATCH,
    /** The arrival confirmation and the consultant with history. */
    TRIAGE,
    /** Pre-op photos and the refusal. */
    PHOTOS,
    /** Exam results. */
    EXAMS,
    /** The recorded reception and its video. */
    CONSULTATION,
    /** The order in full: discounts, remarks, who priced it. */
    ORDER,
    /** What is billed: the treatments' names and final prices, the total, the signed sheet. */
    BILL,
    /** Paid, balance, payments and loans. */
    MONEY,
    /** Admission and rejection. */
    ADMISSION;

    /** Which part an audited action concerns, so an audit trail shows a role only the changes of its parts. */
    public static VisitPart of(VisitAction action) {
        return ACTIONS.getOrDefault(action, ADMISSION);
    }

    private static final Map<VisitAction, VisitPart> ACTIONS = Map.ofEntries(
            Map.entry(VisitAction.BOOK_APPOINTMENT, ARRIVAL),
            Map.entry(VisitAction.REGISTER_WALK_IN, ARRIVAL),
            Map.entry(VisitAction.ASSIGN_DRIVER, DISPATCH),
            Map.entry(VisitAction.CHANGE_DRIVER, DISPATCH),
            Map.entry(VisitAction.PICK_UP, DISPATCH),
            Map.entry(VisitAction.CONFIRM_ARRIVAL, ARRIVAL),
            Map.entry(VisitAction.ADD_PHOTO, PHOTOS),
            Map.entry(VisitAction.REFUSE_PHOTOS, PHOTOS),
            Map.entry(VisitAction.ATTACH_EXAM, EXAMS),
            Map.entry(VisitAction.ASSIGN_CONSULTANT, TRIAGE),
            Map.entry(VisitAction.CHANGE_CONSULTANT, TRIAGE),
            Map.entry(VisitAction.START_CONSULTATION, CONSULTATION),
            Map.entry(VisitAction.ATTACH_VIDEO, CONSULTATION),
            Map.entry(VisitAction.SUBMIT_ORDER, ORDER),
            Map.entry(VisitAction.REVIEW_PRICES, ORDER),
            Map.entry(VisitAction.ATTACH_SIGNED_SHEET, BILL),
            Map.entry(VisitAction.COLLECT_PAYMENT, MONEY),
            Map.entry(VisitAction.REFUND, MONEY));
}
