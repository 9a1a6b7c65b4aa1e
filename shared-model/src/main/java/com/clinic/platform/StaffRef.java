package com.clinic.platform;

/** A staff member as recorded on a journey: id for lookups, name for display and print. */
public record StaffRef(String id, String name) {
}
