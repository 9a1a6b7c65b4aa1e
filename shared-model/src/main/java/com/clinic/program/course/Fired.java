package com.clinic.program.course;

import com.clinic.platform.timer.TimerKind;
import java.time.Instant;

/** A day event the plan acted on: its kind, which occurrence (a repeated reminder counts up), when. */
public record Fired(TimerKind kind, int occurrence, Instant at) {
}
