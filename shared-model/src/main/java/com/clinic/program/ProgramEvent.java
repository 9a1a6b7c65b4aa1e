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
    public static final String CALL_BOOKED = "VideoCallBooked";
    public static final String CALL_CANCELLED = "VideoCallCancelled";
    public static final String CALL_NOTED = "VideoCallNoted";
    public static final String CALL_HELD = "VideoCallHeld";
    public static final String PLAN_STARTED = "PlanStarted";
    public static final String PLAN_STOPPED = "PlanStopped";
    public static final String PLAN_PAUSED = "PlanDayPaused";
    public static final String SYMPTOMS_REPORTED = "SymptomsReported";
    public static final String DEVICE_GUIDED = "DeviceGuided";
    public static final String MEAL_PLAN_SET = "MealPlanSet";
    public static final String MEAL_PLAN_ADJUSTED = "MealPlanAdjusted";
    public static final String GROUP_POSTED = "GroupPosted";
    public static final String PLAN_RESUMED = "PlanDayResumed";
    public static final String PLAN_ENDED = "PlanEnded";
    public static final String SURVEY_ANSWERED = "SurveyAnswered";
    public static final String SURVEY_REFUSED = "SurveyRefused";
    public static final String DAY_EVENT = "PlanDayEvent";
    public static final String SERVICE_REVIEWED = "ServiceReviewed";
    public static final String SERVICE_SUMMARIZED = "ServiceSummarized";
    public static final String PHOTOS_UPLOADED = "PostPlanPhotosUploaded";
    public static final String PHOTOS_REFUSED = "PostPlanPhotosRefused";
    public static final String RECHECK_UPLOADED = "RecheckReportUploaded";
    public static final String CUSTOMER_EVALUATED = "CustomerEvaluated";
    public static final String TEMPLATE_SAVED = "PlanTemplateSaved";
    public static final String CARRIERS_CHANGED = "CarriersChanged";
}
