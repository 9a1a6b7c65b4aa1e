package com.clinic.program.functions.plan;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import com.clinic.program.plan.PlanTemplates;
import com.clinic.program.functions.ProgramView.GoodsView;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** H-08 the plan templates, each with the plan it gives; {@code version} is the list's (its ETag). */
@Serdeable
public record PlanTemplatesView(List<TemplateView> templates, StaffView.Ref changedBy, String changedAt,
                                long version) {
    @Serdeable
    public record TemplateView(String id, String name, String mealPlanType, String diet, String exercise,
                               String sleep, String mind, List<GoodsView> goods) {
    }

    public static PlanTemplatesView of(PlanTemplates l) {
        return new PlanTemplatesView(l.templates().stream().map(t -> new TemplateView(t.id(), t.name(),
                t.content().mealPlanType(), t.content().diet(), t.content().exercise(), t.content().sleep(),
                t.content().mind(), GoodsView.of(t.content().goods()))).toList(),
                l.changedBy() == null ? null : StaffView.Ref.of(l.changedBy()), ShanghaiTime.show(l.changedAt()),
                l.version());
    }
}
