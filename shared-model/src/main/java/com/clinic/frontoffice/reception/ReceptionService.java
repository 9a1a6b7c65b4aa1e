package com.clinic.frontoffice.reception;

import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitStore;
import com.clinic.journey.visit.CustomerForm;
import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.IdempotencyKey;
import java.time.LocalDate;

/** The front desk: expected arrivals, arrival, walk-ins (SPEC C-05, C-06). */
public final class ReceptionService {
    private final VisitCommands commands;
    private final VisitStore visits;

    public ReceptionService(VisitCommands commands, VisitStore visits) {
        this.commands = commands;
        this.visits = visits;
    }

    /** The front desk's list of customers expected on a day (today when no day is given). */
    public Page<Visit> expected(LocalDate day, PageRequest page) {
        return visits.listExpected(day != null ? day : ShanghaiTime.dateOf(commands.now()), page);
    }

    /** C-05. */
    public Outcome<Visit> confirmArrival(Actor frontDesk, String code, Long version, IdempotencyKey key) {
        return commands.change(frontDesk, code, version, key, Change.of(v -> v.confirmArrival(frontDesk.ref(),
                commands.now())));
    }

    /** C-06: a known phone number links the walk-in to that customer (the outcome says so). */
    public Outcome<Visit> registerWalkIn(Actor frontDesk, CustomerForm form, IdempotencyKey key) {
        CustomerProfile profile = Check.body(form).validate();
        return commands.create(frontDesk, profile, key, (code, customerId, customer) ->
                Visit.registerWalkIn(code, customerId, customer, frontDesk.ref(), commands.now()));
    }
}
