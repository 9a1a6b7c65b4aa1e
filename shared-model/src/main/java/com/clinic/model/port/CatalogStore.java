package com.clinic.model.port;

import com.clinic.model.catalog.CatalogItem;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The treatments catalogue. */
public interface CatalogStore {
    void save(CatalogItem item);

    /** Every item, active or not, by name. */
    List<CatalogItem> all();

    /** The items among the ids that exist, by id: one read. */
    Map<String, CatalogItem> find(Collection<String> ids);
}
