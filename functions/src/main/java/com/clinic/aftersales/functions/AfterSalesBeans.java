package com.clinic.aftersales.functions;

import com.clinic.aftersales.AfterSalesService;
import com.clinic.aftersales.complaint.ComplaintKind;
import com.clinic.aftersales.complaint.Complaints;
import com.clinic.aftersales.customer.PayingCustomerKind;
import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.aftersales.dispute.DisputeKind;
import com.clinic.aftersales.dispute.Disputes;
import com.clinic.aftersales.dynamodb.ComplaintItems;
import com.clinic.aftersales.dynamodb.DisputeItems;
import com.clinic.aftersales.dynamodb.DynamoFollowUps;
import com.clinic.aftersales.dynamodb.DynamoLoanAccounts;
import com.clinic.aftersales.dynamodb.PayingCustomerItems;
import com.clinic.aftersales.followup.FollowUpDesk;
import com.clinic.aftersales.followup.FollowUpKind;
import com.clinic.aftersales.loan.LoanAccounts;
import com.clinic.aftersales.loan.LoanKind;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.aftersales.VisitFactsListener;
import com.clinic.aftersales.dynamodb.TimelineItems;
import com.clinic.aftersales.timeline.CustomerTimeline;
import com.clinic.aftersales.records.Companions;
import com.clinic.aftersales.records.VideoPlaybacks;
import com.clinic.aftersales.records.Visitors;
import com.clinic.journey.Files;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitRecords;
import com.clinic.journey.dynamodb.DynamoVisitRecords;
import com.clinic.platform.command.Commands;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.command.RecordAccess;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.timer.Timers;
import com.clinic.printing.PrintService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The after-sales department's services: admissions and rejections, follow-ups, disputes, complaints, paying
 * customers and loans. Only this department's artifact carries this factory, so another department's function
 * neither loads its definitions at start nor can reach its services.
 */
@Factory
public class AfterSalesBeans {

    @Singleton
    LoanLedger loanLedger(TimerScheduler scheduler, DynamoAggregateStore store, Clock clock, Timers timers) {
        return new LoanLedger(new Commands<>(LoanKind.LOAN, store, clock, scheduler), timers);
    }

    @Singleton
    VisitFactsListener visitFactsListener(TimerScheduler scheduler, PayingCustomers customers, LoanLedger ledger,
            DynamoAggregateStore store,
                                          Clock clock) {
        return new VisitFactsListener(customers, ledger, new Commands<>(FollowUpKind.FOLLOW_UP, store, clock,
                scheduler));
    }

    @Singleton
    CustomerTimeline customerTimeline(ClinicTable table, RecordAccess records, Clock clock) {
        return new CustomerTimeline(new TimelineItems(table), records, clock);
    }

    @Singleton
    VisitRecords visitRecords(ClinicTable table) {
        return new DynamoVisitRecords(table);
    }

    @Singleton
    VideoPlaybacks videoPlaybacks(VisitCommands visits, VisitRecords records, Files files) {
        return new VideoPlaybacks(visits, records, files, IdGenerator.RANDOM);
    }

    @Singleton
    PayingCustomers payingCustomers(DynamoAggregateStore store, Clock clock, ClinicTable table) {
        return new PayingCustomers(new Commands<>(PayingCustomerKind.CUSTOMER, store, clock),
                new Commands<>(PayingCustomerKind.LEVELS, store, clock), PayingCustomerItems.list(table, store));
    }

    @Singleton
    Visitors visitors(VisitCommands visits, VisitRecords records, PrintService printing) {
        return new Visitors(visits, records, printing);
    }

    @Singleton
    Companions companions(VisitCommands visits, VisitRecords records) {
        return new Companions(visits, records, IdGenerator.RANDOM);
    }

    @Singleton
    Disputes disputes(DynamoAggregateStore store, Clock clock, ClinicTable table) {
        return new Disputes(new Commands<>(DisputeKind.DISPUTE, store, clock),
                new Commands<>(FollowUpKind.FOLLOW_UP, store, clock), DisputeItems.list(table), IdGenerator.RANDOM);
    }

    @Singleton
    FollowUpDesk followUpDesk(TimerScheduler scheduler, DynamoAggregateStore store, Clock clock, ClinicTable table,
            Files files,
                              VisitRecords records) {
        return new FollowUpDesk(new Commands<>(FollowUpKind.FOLLOW_UP, store, clock, scheduler),
                new DynamoFollowUps(table),
                DisputeItems.list(table), files, records, IdGenerator.RANDOM);
    }

    @Singleton
    Complaints complaints(DynamoAggregateStore store, Clock clock, StaffDirectory staff, ClinicTable table) {
        return new Complaints(new Commands<>(ComplaintKind.COMPLAINT, store, clock), staff,
                ComplaintItems.lists(table), IdGenerator.RANDOM);
    }

    @Singleton
    LoanAccounts loanAccounts(ClinicTable table, DynamoAggregateStore store) {
        return new DynamoLoanAccounts(table, store);
    }

    @Singleton
    AfterSalesService afterSalesService(TimerScheduler scheduler, VisitCommands commands, Timers timers,
            DynamoAggregateStore store,
                                        Clock clock) {
        return new AfterSalesService(commands, timers, new Commands<>(FollowUpKind.FOLLOW_UP, store, clock, scheduler));
    }
}
