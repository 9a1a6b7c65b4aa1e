package com.clinic.program;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * What happened to a kept list of the program (the plan templates, the partner carriers), as types.
 */
public sealed interface CatalogueEvent extends DomainEvent {
    <R> R accept(Visitor<R> visitor);

    @Override
    default String summary() {
        return ProgramWording.summary(this);
    }

    /** One method per kind of kept-list event. */
    interface Visitor<R> {
        R templateSaved(PlanTemplateSaved e);

        R carriersChanged(CarriersChanged e);
    }

    /** H-08 a plan template saved. */
    record PlanTemplateSaved(String subject, StaffRef by, Instant at, String name) implements CatalogueEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.templateSaved(this);
        }
    }

    /** H-10 the partner carriers replaced. */
    record CarriersChanged(String subject, StaffRef by, Instant at, List<String> names) implements CatalogueEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.carriersChanged(this);
        }
    }
}
