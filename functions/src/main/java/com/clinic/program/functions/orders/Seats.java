package com.clinic.program.functions.orders;

import com.clinic.platform.NotFound;
import com.clinic.program.Team;

/** The seat in a path ({@code head-coach}, {@code assistant-coach}, {@code customer-service}). */
final class Seats {
    private Seats() {
    }

    static Team.Seat of(String path) {
        for (Team.Seat s : Team.Seat.values()) {
            if (s.name().toLowerCase().replace('_', '-').equals(path)) {
                return s;
            }
        }
        throw new NotFound("seat", "no seat " + path + ": head-coach, assistant-coach or customer-service");
    }
}
