package com.clinic.program.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;
import static com.clinic.platform.dynamodb.Attrs.strings;

import com.clinic.platform.Page;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.ItemMapping;
import com.clinic.program.daily.DailyWork;
import com.clinic.program.daily.PlanDay;
import com.clinic.program.group.ProgramGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code PROGRAM#<programId> / DAY#<date>}: a plan day (H-14, H-16) beside its program, on gsi1 {@code PLANDAYS#<date>}
 * so the daily work of a date reads every program's day in one query. Its posts are written to the group with it.
 */
public final class PlanDayItems {
    private PlanDayItems() {
    }

    /** The id is {@code <date>-<programId>} ({@link PlanDay#idOf}). */
    private static final int DATE = "yyyy-MM-dd".length();

    public static final ItemMapping<PlanDay> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("PROGRAM#" + id.substring(DATE + 1), "DAY#" + id.substring(0, DATE));
        }

        @Override
        public Map<String, AttributeValue> toItem(PlanDay d) {
            return item().put("pk", "PROGRAM#" + d.programId()).put("sk", "DAY#" + d.date()).put("type", "PLANDAY")
                    .put("programId", d.programId()).put("date", d.date().toString())
                    .put("customerId", d.customerId()).put("coachId", d.coachId())
                    .putList("mealPlans", maps(d.mealPlans(), m -> item().put("revision", m.revision())
                            .putList("meals", maps(m.meals(), x -> item().put("meal", x.meal().name())
                                    .putStrings("dishes", x.dishes()).put("note", x.note()).build()))
                            .put("reason", m.reason()).put("by", staff(m.by())).put("at", m.at()).build()))
                    .putList("posts", maps(d.posts(), p -> item().put("kind", p.kind().name()).put("text", p.text())
                            .put("revision", p.mealPlanRevision()).put("by", staff(p.by())).put("at", p.at())
                            .build()))
                    .put("version", d.version())
                    .put("gsi1pk", "PLANDAYS#" + d.date()).put("gsi1sk", d.programId()).build();
        }

        @Override
        public PlanDay fromItem(Map<String, AttributeValue> i) {
            return new PlanDay(str(i, "programId"), LocalDate.parse(str(i, "date")), str(i, "customerId"),
                    str(i, "coachId"), objects(i, "mealPlans", m -> new PlanDay.MealPlan(num(m, "revision").intValue(),
                    objects(m, "meals", x -> new PlanDay.MealItem(PlanDay.Meal.valueOf(str(x, "meal")),
                            strings(x, "dishes"), str(x, "note"))), str(m, "reason"), staff(map(m, "by")),
                    instant(m, "at"))),
                    objects(i, "posts", p -> new PlanDay.Post(PlanDay.PostKind.valueOf(str(p, "kind")), str(p, "text"),
                            num(p, "revision").intValue(), staff(map(p, "by")), instant(p, "at"))),
                    num(i, "version"));
        }

        /** The posts the change makes, as group messages. */
        @Override
        public List<Map<String, AttributeValue>> entries(PlanDay before, PlanDay after) {
            return ProgramGroup.postedBy(before, after).stream().map(DynamoGroupMessages::itemOf).toList();
        }
    };

    /** Every program's day of a date, all pages. */
    public static DailyWork.PlanDayList list(ClinicTable table) {
        return date -> Page.all(page -> table.query("gsi1", "gsi1pk", "PLANDAYS#" + date, page, MAPPING::fromItem));
    }
}
