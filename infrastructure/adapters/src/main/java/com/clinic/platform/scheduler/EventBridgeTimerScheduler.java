package com.clinic.platform.scheduler;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.timer.TimerKind;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;

/**
 * One-time EventBridge Scheduler schedules: {@code at(...)} in Asia/Shanghai, deleted by the scheduler after they
 * fire, retried and then sent to the dead-letter queue. The name is the timer's, so creating it twice meets a
 * conflict and changes nothing.
 */
public final class EventBridgeTimerScheduler implements TimerScheduler {
    /** The scheduler wants the seconds even when they are zero, which LocalDateTime.toString() leaves out. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private final Supplier<SchedulerClient> scheduler;
    private final String group;
    private final String roleArn;
    private final String deadLetterArn;
    private final Map<TimerKind, String> targets;

    /**
     * @param targets the ARN of the function each kind of timer fires
     */
    public EventBridgeTimerScheduler(Supplier<SchedulerClient> scheduler, String group, String roleArn, String deadLetterArn,
                                     Map<TimerKind, String> targets) {
        this.scheduler = scheduler;
        this.group = group;
        this.roleArn = roleArn;
        this.deadLetterArn = deadLetterArn;
        this.targets = Map.copyOf(targets);
    }

    @Override
    public void schedule(Timer timer) {
        String arn = targets.get(timer.kind());
        if (arn == null) {
            throw new IllegalArgumentException("no function fires " + timer.kind() + "; targets: " + targets.keySet());
        }
        try {
            scheduler.get().createSchedule(b -> b.name(timer.name()).groupName(group)
                    .scheduleExpression("at(" + AT.format(timer.localAt()) + ")")
                    .scheduleExpressionTimezone(ShanghaiTime.ZONE.getId())
                    .flexibleTimeWindow(w -> w.mode(FlexibleTimeWindowMode.OFF))
                    .actionAfterCompletion(ActionAfterCompletion.DELETE)
                    .target(t -> t.arn(arn).roleArn(roleArn).input(TimerPayloads.write(timer))
                            .deadLetterConfig(d -> d.arn(deadLetterArn))
                            .retryPolicy(r -> r.maximumRetryAttempts(10).maximumEventAgeInSeconds(86_400))));
        } catch (ConflictException alreadyScheduled) {
            // Same name, same journey and event: the timer exists already.
        }
    }

    @Override
    public void cancel(String name) {
        try {
            scheduler.get().deleteSchedule(b -> b.name(name).groupName(group));
        } catch (ResourceNotFoundException alreadyGone) {
            // Fired (and deleted itself) or never created.
        }
    }
}
