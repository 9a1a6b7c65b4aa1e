package com.clinic.program.functions;

import com.clinic.program.delivery.Carriers;
import com.clinic.program.plan.PlanTemplates;
import com.clinic.journey.Files;
import com.clinic.platform.calendar.Calendars;
import com.clinic.platform.command.Commands;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.notification.NotificationPublisher;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.timer.Timers;
import com.clinic.printing.PrintService;
import com.clinic.program.archive.ArchiveKind;
import com.clinic.program.archive.Archives;
import com.clinic.program.CatalogueKind;
import com.clinic.program.course.AfterPlanDesk;
import com.clinic.program.course.CourseDesk;
import com.clinic.program.course.CourseKind;
import com.clinic.program.daily.DailyWork;
import com.clinic.program.daily.PlanDayKind;
import com.clinic.program.plan.PlanDesk;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.group.ProgramGroup;
import com.clinic.program.ProgramKind;
import com.clinic.program.order.Programs;
import com.clinic.program.readings.Readings;
import com.clinic.program.delivery.Shipping;
import com.clinic.program.dynamodb.ArchiveItems;
import com.clinic.program.dynamodb.DynamoGroupMessages;
import com.clinic.program.dynamodb.DynamoReadings;
import com.clinic.program.dynamodb.PlanDayItems;
import com.clinic.program.dynamodb.ProgramItems;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The health program's services, for both of its stacks (the program and its course). Only this department's
 * artifact carries this factory, so another department's function neither loads its definitions at start nor can
 * reach its services.
 */
@Factory
public class ProgramBeans {

    @Singleton
    ProgramDeadlines programDeadlines(Timers timers, Calendars calendars) {
        return new ProgramDeadlines(timers, calendars);
    }

    @Singleton
    Programs programs(TimerScheduler scheduler, DynamoAggregateStore store, Clock clock, ProgramDeadlines deadlines,
            ClinicTable table,
                      Files files, PrintService printing) {
        return new Programs(new Commands<>(ProgramKind.PROGRAM, store, clock, scheduler),
                new Commands<>(ArchiveKind.ARCHIVE, store, clock, scheduler), new Commands<>(CourseKind.COURSE,
                        store, clock, scheduler),
                deadlines, ProgramItems.list(table), files, printing, IdGenerator.RANDOM);
    }

    @Singleton
    CourseDesk courseDesk(TimerScheduler scheduler, DynamoAggregateStore store, Clock clock,
                          ProgramDeadlines deadlines, Timers timers, Files files) {
        return new CourseDesk(new Commands<>(CourseKind.COURSE, store, clock, scheduler),
                new Commands<>(ProgramKind.PROGRAM, store, clock, scheduler), deadlines, timers, files);
    }

    @Singleton
    AfterPlanDesk afterPlanDesk(TimerScheduler scheduler, DynamoAggregateStore store, Clock clock,
                                ProgramDeadlines deadlines, Files files, ClinicTable table, PrintService printing) {
        return new AfterPlanDesk(new Commands<>(CourseKind.COURSE, store, clock, scheduler),
                new Commands<>(ProgramKind.PROGRAM, store, clock, scheduler), deadlines, files,
                new DynamoReadings(table), ArchiveItems.readLog(table), printing, IdGenerator.RANDOM);
    }

    @Singleton
    DailyWork dailyWork(TimerScheduler scheduler, DynamoAggregateStore store, Clock clock, ClinicTable table,
            Calendars calendars,
                        NotificationPublisher notices) {
        return new DailyWork(new Commands<>(PlanDayKind.PLAN_DAY, store, clock, scheduler),
                new Commands<>(ProgramKind.PROGRAM, store, clock, scheduler), ProgramItems.list(table),
                        PlanDayItems.list(table),
                calendars, notices);
    }

    @Singleton
    Archives archives(TimerScheduler scheduler, DynamoAggregateStore store, Clock clock, ClinicTable table,
            ProgramDeadlines deadlines) {
        return new Archives(new Commands<>(ArchiveKind.ARCHIVE, store, clock, scheduler),
                new Commands<>(ProgramKind.PROGRAM, store, clock, scheduler), deadlines, ArchiveItems.readLog(table));
    }

    @Singleton
    Readings readings(DynamoAggregateStore store, Clock clock, ClinicTable table) {
        return new Readings(new Commands<>(ProgramKind.PROGRAM, store, clock), new DynamoReadings(table));
    }

    @Singleton
    PlanDesk planDesk(TimerScheduler scheduler, DynamoAggregateStore store, Clock clock, ProgramDeadlines deadlines) {
        return new PlanDesk(new Commands<>(ProgramKind.PROGRAM, store, clock, scheduler),
                new Commands<>(PlanTemplates.KIND, store, clock, scheduler), deadlines);
    }

    @Singleton
    Shipping shipping(TimerScheduler scheduler, DynamoAggregateStore store, Clock clock, ProgramDeadlines deadlines,
            Files files) {
        return new Shipping(new Commands<>(ProgramKind.PROGRAM, store, clock, scheduler),
                new Commands<>(Carriers.KIND, store, clock, scheduler), new Commands<>(CourseKind.COURSE,
                        store, clock, scheduler),
                deadlines, files);
    }

    @Singleton
    ProgramGroup programGroup(DynamoAggregateStore store, Clock clock, ClinicTable table, Files files) {
        return new ProgramGroup(new Commands<>(ProgramKind.PROGRAM, store, clock), new DynamoGroupMessages(table),
                files, IdGenerator.RANDOM);
    }
}
