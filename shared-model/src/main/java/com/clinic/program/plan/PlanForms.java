package com.clinic.program.plan;

import com.clinic.program.Delivery;
import com.clinic.program.Plan;
import com.clinic.platform.Check;
import com.clinic.platform.Flag;
import com.clinic.platform.Numeric;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The forms of the plan (H-08) and of its templates, each naming every bad field. */
public final class PlanForms {
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,40}");

    private PlanForms() {
    }

    /** A line of goods: its name and how many (1–99). */
    public record GoodsForm(String name, @Numeric String quantity) {
    }

    /** The goods list; each name once. */
    public static List<Plan.Goods> goodsOf(Check check, String field, List<GoodsForm> goods, boolean required) {
        if (goods == null || goods.isEmpty()) {
            if (required) {
                check.fail(field, "must list the goods to send (1 to 30 lines)");
            }
            return null;
        }
        if (goods.size() > 30) {
            check.fail(field, "must list at most 30 lines");
            return null;
        }
        List<Plan.Goods> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < goods.size(); i++) {
            GoodsForm g = goods.get(i) == null ? new GoodsForm(null, null) : goods.get(i);
            String at = field + "[" + i + "].";
            String name = check.required(at + "name", g.name(), 50);
            if (name != null && !names.add(name)) {
                check.fail(at + "name", "is listed twice");
            }
            if (g.quantity() == null || g.quantity().isBlank()) {
                check.fail(at + "quantity", "is required (1 to 99)");
            }
            Integer q = check.integer(at + "quantity", g.quantity(), 1, 99);
            out.add(new Plan.Goods(name, q == null ? 0 : q));
        }
        return out;
    }

    /**
     * H-08 the plan the health manager submits: the daily meal-plan type, diet, exercise, sleep and mind, and the
     * goods. With {@code templateId} the fields left out are the template's.
     */
    public record PlanForm(String templateId, String mealPlanType, String diet, String exercise, String sleep,
                           String mind, List<GoodsForm> goods) {
        /** The plan's content, each part given or else the template's. */
        public Plan.Content validate(PlanTemplates templates) {
            Check check = new Check();
            String tid = check.optional("templateId", templateId, 40);
            Plan.Content base = null;
            if (tid != null) {
                base = templates.find(tid).map(PlanTemplates.Template::content).orElse(null);
                if (base == null) {
                    check.fail("templateId", "no plan template " + tid + " (GET /plan-templates lists them)");
                    check.done();
                }
            }
            boolean need = base == null;
            Plan.Content content = new Plan.Content(
                    part(check, "mealPlanType", mealPlanType, 50, need, base == null ? null : base.mealPlanType()),
                    part(check, "diet", diet, 2000, need, base == null ? null : base.diet()),
                    part(check, "exercise", exercise, 2000, need, base == null ? null : base.exercise()),
                    part(check, "sleep", sleep, 2000, need, base == null ? null : base.sleep()),
                    part(check, "mind", mind, 2000, need, base == null ? null : base.mind()),
                    orElse(goodsOf(check, "goods", goods, need), base == null ? List.of() : base.goods()));
            check.done();
            return content;
        }

        public String template() {
            return templateId == null || templateId.isBlank() ? null : templateId.strip();
        }
    }

    private static String part(Check check, String field, String value, int max, boolean required, String fallback) {
        String v = required ? check.required(field, value, max) : check.optional(field, value, max);
        return v == null ? fallback : v;
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** H-08 a template the health manager keeps: every part required. */
    public record TemplateForm(String name, String mealPlanType, String diet, String exercise, String sleep,
                               String mind, List<GoodsForm> goods) {
        public PlanTemplates.Template validate(String templateId) {
            Check check = new Check();
            if (templateId == null || !CODE.matcher(templateId).matches()) {
                check.fail("templateId", "must be lower-case letters, digits and - (e.g. low-carb)");
            }
            String n = check.required("name", name, 50);
            Plan.Content c = new Plan.Content(check.required("mealPlanType", mealPlanType, 50),
                    check.required("diet", diet, 2000), check.required("exercise", exercise, 2000),
                    check.required("sleep", sleep, 2000), check.required("mind", mind, 2000),
                    orElse(goodsOf(check, "goods", goods, true), List.of()));
            check.done();
            return new PlanTemplates.Template(templateId, n, c);
        }
    }
}
