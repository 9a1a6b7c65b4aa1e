package com.clinic.platform.catalog;

import java.util.List;

/** The treatments catalogue. */
public interface CatalogStore {
    void save(CatalogItem item);

    /** Every item, active or not, by name. */
    List<CatalogItem> all();
}
