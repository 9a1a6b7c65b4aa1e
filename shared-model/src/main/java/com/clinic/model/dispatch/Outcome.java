package com.clinic.model.dispatch;

import com.clinic.model.visit.Visit;

/** The state a command left, and whether it is the recorded answer to a retried request. */
public record Outcome(Visit visit, boolean replayed) {
}
