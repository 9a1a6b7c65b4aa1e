package com.clinic.cashier.functions;

import com.clinic.cashier.CashierService;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitStore;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The cashier's service. Only this department's artifact carries this factory, so another department's function
 * neither loads its definitions at start nor can reach its services.
 */
@Factory
public class CashierBeans {

    @Singleton
    CashierService cashierService(VisitCommands commands, VisitStore visits) {
        return new CashierService(commands, visits);
    }
}
