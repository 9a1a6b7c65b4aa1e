package com.clinic.program.plan;

import java.util.Set;
import com.clinic.program.CatalogueKind;
import com.clinic.platform.Role;
import com.clinic.program.CatalogueEvent;
import com.clinic.program.Plan;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.KeptList;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * H-08 the plan templates the health managers keep (one catalogue, {@link #ID}): each a name and the content a plan
 * starts from. Saving a template under its id adds or replaces it; plans made from it keep their own copy.
 */
public record PlanTemplates(String id, List<Template> templates, StaffRef changedBy, Instant changedAt, long version)
        implements KeptList<PlanTemplates.Template> {
    /** The kind of the one record: read and written by the health managers and the super admin. */
    public static final CatalogueKind<PlanTemplates> KIND = new CatalogueKind<>("plan-templates",
            Set.of(Role.HEALTH_MANAGER, Role.SUPER_ADMIN));
    public static final String ID = "PLAN-TEMPLATES";
    public static final PlanTemplates NONE = new PlanTemplates(ID, List.of(), null, null, 0);

    /** A template: its id ({@code low-carb}), its name and the plan it gives. */
    public record Template(String id, String name, Plan.Content content) {
    }

    public PlanTemplates {
        templates = List.copyOf(templates);
    }

    @Override
    public List<Template> entries() {
        return templates;
    }

    public Optional<Template> find(String templateId) {
        return templates.stream().filter(t -> t.id().equals(templateId)).findFirst();
    }

    public static Accepted<PlanTemplates, CatalogueEvent> first(Template t, StaffRef by, Instant at) {
        return new Accepted<>(new PlanTemplates(ID, List.of(t), by, at, 1), saved(t, by, at));
    }

    public Decision<PlanTemplates, CatalogueEvent> save(Template t, StaffRef by, Instant at) {
        if (find(t.id()).filter(t::equals).isPresent()) {
            return Decision.refuse("template " + t.id() + " is saved as it is");
        }
        List<Template> next = new ArrayList<>(templates.stream().filter(x -> !x.id().equals(t.id())).toList());
        next.add(t);
        return new Accepted<>(new PlanTemplates(ID, next, by, at, version + 1), saved(t, by, at));
    }

    private static CatalogueEvent saved(Template t, StaffRef by, Instant at) {
        return new CatalogueEvent.PlanTemplateSaved(ID, by, at, t.name());
    }
}
