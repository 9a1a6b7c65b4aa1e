package com.clinic.program.functions;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import com.clinic.program.daily.DailyWork;
import com.clinic.program.daily.PlanDay;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** H-14 / H-16 a plan day: its meal plan (every revision, the last standing) and the posts made for it. */
@Serdeable
public record PlanDayView(String programId, String date, List<MealPlanView> mealPlans, boolean mealPlanPosted,
                          List<PostView> posts, long version) {
    @Serdeable
    public record MealView(String meal, String label, List<String> dishes, String note) {
    }

    @Serdeable
    public record MealPlanView(int revision, List<MealView> meals, String reason, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record PostView(String kind, String specId, String text, int mealPlanRevision, StaffView.Ref by,
                           String at, String dueAt, boolean late) {
    }

    /** A task of the daily work, due and done times in Asia/Shanghai. */
    @Serdeable
    public record WorkItemView(String programId, String customerName, String forDate, int day, String task,
                               String specId, String label, String seat, StaffView.Ref owner, String dueAt,
                               String doneAt, String status) {
        public static WorkItemView of(DailyWork.WorkItem i) {
            return new WorkItemView(i.programId(), i.customerName(), i.forDate().toString(), i.day(), i.task().name(),
                    i.task().specId(), i.task().label(), i.task().seat().name(), StaffView.Ref.of(i.owner()),
                    ShanghaiTime.show(i.dueAt()), ShanghaiTime.show(i.doneAt()), i.status().name());
        }
    }

    public static PlanDayView of(PlanDay d) {
        return new PlanDayView(d.programId(), d.date().toString(), d.mealPlans().stream().map(m -> new MealPlanView(
                m.revision(), m.meals().stream().map(x -> new MealView(x.meal().name(), x.meal().label(), x.dishes(),
                x.note())).toList(), m.reason(), StaffView.Ref.of(m.by()), ShanghaiTime.show(m.at()))).toList(),
                d.mealPlanPosted(), d.posts().stream().map(p -> post(p, p.kind().dueFor(d.date()))).toList(),
                d.version());
    }

    private static PostView post(PlanDay.Post p, java.time.Instant due) {
        return new PostView(p.kind().name(), p.kind().specId(), p.text(), p.mealPlanRevision(),
                StaffView.Ref.of(p.by()), ShanghaiTime.show(p.at()), ShanghaiTime.show(due), p.at().isAfter(due));
    }
}
