package com.clinic.journey.visit;

import java.time.LocalDate;

/** One period of a loan: due on a day (Asia/Shanghai), an amount in fen. */
public record Installment(int period, LocalDate dueDate, long amount) {
}
