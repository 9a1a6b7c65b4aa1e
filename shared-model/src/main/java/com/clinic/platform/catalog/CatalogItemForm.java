package com.clinic.platform.catalog;

import com.clinic.platform.Check;
import com.clinic.platform.Flag;
import com.clinic.platform.Money;
import com.clinic.platform.Numeric;
import java.time.Instant;

/** A catalogue entry as the super admin types it: name, list price in fen, active. */
public record CatalogItemForm(String name, @Numeric String listPrice, @Flag String active) {

    public CatalogItem validate(String id, Instant now) {
        Check check = new Check();
        String i = check.required("id", id, 64);
        String n = check.required("name", name, 100);
        Long price = check.fen("listPrice", listPrice, Money.MAX_LINE);
        boolean isActive = check.bool("active", active, true);
        check.done();
        return new CatalogItem(i, n, price, isActive, now);
    }
}
