package com.clinic.program.functions.course;

import com.clinic.platform.NotFound;

/** The numbered things in a path: the video call (1, 2 or 3) and the evaluation of the customer (1 or 2). */
final class PathNumbers {
    private PathNumbers() {
    }

    static int call(String path) {
        return of(path, 3, "video call", "1 (before the plan), 2 (end of week 3) or 3 (after the plan)");
    }

    static int evaluation(String path) {
        return of(path, 2, "evaluation", "1 (end + 3) or 2 (end + 60)");
    }

    private static int of(String path, int max, String what, String which) {
        if (path != null && path.matches("[1-9]") && Integer.parseInt(path) <= max) {
            return Integer.parseInt(path);
        }
        throw new NotFound("n", "no " + what + " " + path + ": " + which);
    }
}
