package com.clinic.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code next} is the opaque token for the following page, or null at the end. */
public record Page<T>(List<T> items, String next) {

    /** Every item of a list, read page by page at the largest page size (for a system run, not a screen). */
    public static <T> List<T> all(Function<PageRequest, Page<T>> read) {
        List<T> out = new ArrayList<>();
        String token = null;
        do {
            Page<T> page = read.apply(new PageRequest(PageRequest.MAX_LIMIT, token));
            out.addAll(page.items());
            token = page.next();
        } while (token != null);
        return out;
    }
}
