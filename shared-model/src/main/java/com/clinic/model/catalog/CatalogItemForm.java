package com.clinic.model.catalog;

import com.clinic.model.Check;
import com.clinic.model.Flag;
import com.clinic.model.Money;
import com.clinic.model.Numeric;
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
