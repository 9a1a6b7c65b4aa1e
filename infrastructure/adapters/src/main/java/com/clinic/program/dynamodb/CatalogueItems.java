package com.clinic.program.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.dynamodb.KeptListItems;
import com.clinic.program.delivery.Carriers;
import com.clinic.program.plan.PlanTemplates;

/** The program's kept lists, one item each: {@code PLANTEMPLATES / PLANTEMPLATES}, {@code CARRIERS / CARRIERS}. */
public final class CatalogueItems {
    private CatalogueItems() {
    }

    public static final KeptListItems<PlanTemplates, PlanTemplates.Template> TEMPLATES = new KeptListItems<>(
            "PLANTEMPLATES", "templates", t -> item().put("id", t.id()).put("name", t.name())
            .put("content", ProgramItems.content(t.content())).build(),
            m -> new PlanTemplates.Template(str(m, "id"), str(m, "name"), ProgramItems.content(map(m, "content"))),
            PlanTemplates::new);

    public static final KeptListItems<Carriers, Carriers.Carrier> CARRIERS = new KeptListItems<>("CARRIERS",
            "carriers", c -> item().put("code", c.code()).put("name", c.name()).build(),
            m -> new Carriers.Carrier(str(m, "code"), str(m, "name")), Carriers::new);
}
