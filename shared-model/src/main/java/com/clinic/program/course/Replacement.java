package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import java.time.Instant;

/** H-15 异常处理: a device whose binding failed, replaced through the admin (原则上 48 小时内), with a note. */
public record Replacement(Guidance.Device device, String note, StaffRef by, Instant at) {
}
