package com.clinic.platform;

import java.util.List;

/** One page of a list; {@code next} is the opaque token for the following page, or null at the end. */
public record Page<T>(List<T> items, String next) {
}
