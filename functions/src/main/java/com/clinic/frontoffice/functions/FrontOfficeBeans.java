package com.clinic.frontoffice.functions;

import com.clinic.frontoffice.dispatch.DispatchService;
import com.clinic.frontoffice.reception.ReceptionService;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitStore;
import com.clinic.platform.staff.StaffDirectory;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The front office's services: booking, dispatch, pick-up and reception. Only this department's artifact carries
 * this factory, so another department's function neither loads its definitions at start nor can reach its
 * services.
 */
@Factory
public class FrontOfficeBeans {

    @Singleton
    DispatchService dispatchService(VisitCommands commands, VisitStore visits, StaffDirectory staff) {
        return new DispatchService(commands, visits, staff);
    }

    @Singleton
    ReceptionService receptionService(VisitCommands commands, VisitStore visits) {
        return new ReceptionService(commands, visits);
    }
}
