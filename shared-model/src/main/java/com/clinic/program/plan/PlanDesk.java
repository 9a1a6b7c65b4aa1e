package com.clinic.program.plan;

import com.clinic.program.CatalogueEvent;
import com.clinic.program.CatalogueKind;
import com.clinic.program.Program;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.ProgramEvent;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.program.plan.PlanForms.PlanForm;
import com.clinic.program.plan.PlanForms.TemplateForm;
import java.time.Instant;

/**
 * H-08 the health manager's desk: the templates she keeps, and the program's plan written from one (or from
 * scratch) and submitted as an immutable version.
 */
public final class PlanDesk {
    private final Commands<Program, ProgramEvent> programs;
    private final Commands<PlanTemplates, CatalogueEvent> templates;
    private final ProgramDeadlines deadlines;

    public PlanDesk(Commands<Program, ProgramEvent> programs, Commands<PlanTemplates, CatalogueEvent> templates,
                    ProgramDeadlines deadlines) {
        this.programs = programs;
        this.templates = templates;
        this.deadlines = deadlines;
    }

    public java.time.Instant now() {
        return programs.now();
    }

    /** The templates; empty (version 0) until the first is saved. */
    public PlanTemplates templates() {
        return templates.find(PlanTemplates.ID).orElse(PlanTemplates.NONE);
    }

    /** A template saved under its id: the first one makes the list, later ones on the version read (If-Match). */
    public Outcome<PlanTemplates> saveTemplate(Actor actor, String templateId, Long version, TemplateForm form,
                                               IdempotencyKey key) {
        PlanTemplates.Template t = Check.body(form).validate(templateId);
        Instant now = templates.now();
        return templates.keep(actor, PlanTemplates.ID, version, key, loaded -> PlanTemplates.first(t, actor.ref(),
                now), Change.of(l -> l.save(t, actor.ref(), now)));
    }

    /**
     * H-08 提交方案 (If-Match: the program's version): the plan as written, parts left out taken from the named
     * template (read with the program, in one round trip); customer service and the admin are told.
     */
    public Outcome<Program> submit(Actor actor, String id, Long version, PlanForm form, IdempotencyKey key) {
        PlanForm given = Check.body(form);
        Instant now = programs.now();
        Related related = given.template() == null ? Related.NONE
                : Related.record(PlanTemplates.KIND, PlanTemplates.ID);
        Change<Program, ProgramEvent> submit = Change.reading(related, (p, loaded) -> {
            PlanTemplates kept = loaded.related(PlanTemplates.KIND, PlanTemplates.ID).orElse(PlanTemplates.NONE);
            return p.submitPlan(given.validate(kept), given.template(), actor.ref(), now, deadlines.from(now));
        });
        Outcome<Program> outcome = programs.change(actor, id, version, key,
                submit.arming(accepted -> deadlines.arm(accepted.after(), now)));
        deadlines.cancelClosed(outcome.value(), now);
        return outcome;
    }
}
