package com.clinic.program.functions.daily;

import com.clinic.platform.Actor;
import com.clinic.platform.api.BusinessMetrics;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.api.Serves;
import com.clinic.platform.scheduler.TimerPayloads;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.daily.DailyWork;
import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * T-13: fired by the two daily schedules (08:30 and 16:00 Asia/Shanghai). At 08:30 the assistant coach whose
 * greeting of the day is not posted is reminded; at 16:00 customer service whose meal plan for tomorrow is not set,
 * and the assistant coach whose meal plan post or holiday greeting for tomorrow is missing. Each reminder is stored
 * once per task and date, however often the run is delivered.
 */
@Serves({"T-13", "H-14", "H-16"})
public class RemindDailyPostsFunction extends ClinicFunction<Map<String, Object>, Integer> {
    private final DailyWork daily = bean(DailyWork.class);

    public RemindDailyPostsFunction() {
    }

    public RemindDailyPostsFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: the work list is read as the system, which sits in no team and so is told nothing. */
    @Override
    protected void prime() {
        daily.work(Actor.SYSTEM, null);
    }

    @Override
    public Integer execute(Map<String, Object> timer) {
        int told = daily.remind(TimerPayloads.read(timer));
        BusinessMetrics.emit("DailyRemindersSent", told, "Timer", TimerKind.DAILY_POSTS.specId());
        return told;
    }
}
