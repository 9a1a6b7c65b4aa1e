package com.clinic.journey.visit;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/** C-24 拒绝流程: the journey stopped at a stage, with the reason; 恢复流程 returns it there. */
public record Rejection(VisitStage previousStage, String reason, StaffRef by, Instant at) {
}
