package com.clinic.model.port;

import com.clinic.model.catalog.CatalogItem;
import java.util.List;

/** The treatments catalogue. */
public interface CatalogStore {
    void save(CatalogItem item);

    /** Every item, active or not, by name. */
    List<CatalogItem> all();
}
