package com.clinic.platform.views;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.catalog.CatalogItem;
import io.micronaut.serde.annotation.Serdeable;

/** A catalogue entry; the list price is in fen. */
@Serdeable
public record CatalogItemView(String id, String name, long listPrice, boolean active, String updatedAt) {
    public static CatalogItemView of(CatalogItem c) {
        return new CatalogItemView(c.id(), c.name(), c.listPrice(), c.active(), ShanghaiTime.show(c.updatedAt()));
    }
}
