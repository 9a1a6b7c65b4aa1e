package com.clinic.program;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/** What happened to a program; the audit trail records its type. */
public record ProgramEvent(String type, String subject, StaffRef by, Instant at, String summary)
        implements DomainEvent {
    public static final String ORDER_RECEIVED = "ProgramOrderReceived";
    public static final String HELD = "ProgramHeld";
    public static final String RELEASED = "ProgramReleased";
    public static final String CONTRACT_TYPE_CONFIRMED = "ContractTypeConfirmed";
    public static final String DEADLINE_OVERDUE = "DeadlineOverdue";
    public static final String TEAM_INVITED = "TeamInvited";
    public static final String INVITATION_ACCEPTED = "InvitationAccepted";
    public static final String INVITATION_DECLINED = "InvitationDeclined";
    public static final String CONTRACT_SIGNED = "ContractSigned";
    public static final String CUSTOMER_SIGNED = "ContractSignedByCustomer";
    public static final String ARCHIVE_SUBMITTED = "ArchiveSubmitted";
    public static final String ARCHIVE_AUDIT_PASSED = "ArchiveAuditPassed";
    public static final String ARCHIVE_AUDIT_FAILED = "ArchiveAuditFailed";
    public static final String ARCHIVE_CONFIRMED = "ArchiveConfirmed";
    public static final String ARCHIVE_SENT_BACK = "ArchiveSentBack";
    public static final String CONTRACT_RESIGN_REQUESTED = "ContractResignRequested";
    public static final String ARCHIVE_TRACKED = "ArchiveTracked";
    public static final String ARCHIVE_OPENED = "ArchiveOpened";
    public static final String PLAN_SUBMITTED = "PlanSubmitted";
    public static final String PLAN_REVISED = "PlanRevised";
    public static final String DELIVERY_CHOSEN = "DeliveryChosen";
    public static final String PACKED = "GoodsPacked";
    public static final String SHIPPED = "ShipmentConfirmed";
    public static final String DELIVERY_FOLLOWED_UP = "DeliveryFollowedUp";
    public static final String RECEIVED = "ReceiptConfirmed";
    /** The program followed its course: a stage, the plan's days, a deadline opened or closed. */
    public static final String COURSE_TRACKED = "CourseTracked";
    public static final String MEAL_PLAN_SET = "MealPlanSet";
    public static final String MEAL_PLAN_ADJUSTED = "MealPlanAdjusted";
    public static final String GROUP_POSTED = "GroupPosted";
    public static final String TEMPLATE_SAVED = "PlanTemplateSaved";
    public static final String CARRIERS_CHANGED = "CarriersChanged";
}
