package com.clinic.platform.catalog;

import java.time.Instant;

/** A treatment the clinic sells, kept by the super admin; prices in fen. */
public record CatalogItem(String id, String name, long listPrice, boolean active, Instant updatedAt) {
}
