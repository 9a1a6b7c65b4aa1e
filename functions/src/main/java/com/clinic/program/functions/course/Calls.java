package com.clinic.program.functions.course;

import com.clinic.platform.NotFound;

/** The video call in a path: 1 (before the plan), 2 (end of week 3) or 3 (after the plan). */
final class Calls {
    private Calls() {
    }

    static int of(String path) {
        return switch (path) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> throw new NotFound("n", "no video call " + path + ": 1, 2 or 3");
        };
    }
}
