package com.clinic.platform.config;

import com.clinic.printing.Letterhead;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The letterheads of the papers, from the deployment's parameters (ClinicName…, CompanyName…). */
@Factory
public class LetterheadBeans {
    @Singleton
    @Named("clinic")
    Letterhead clinic(@Value("${clinic.name}") String name, @Value("${clinic.regno}") String regNo,
                      @Value("${clinic.address}") String address, @Value("${clinic.phone}") String phone) {
        return new Letterhead(name, regNo, address, phone);
    }

    @Singleton
    @Named("company")
    Letterhead company(@Value("${clinic.company-name}") String name, @Value("${clinic.company-regno}") String regNo,
                       @Value("${clinic.company-address}") String address,
                       @Value("${clinic.company-phone}") String phone) {
        return new Letterhead(name, regNo, address, phone);
    }
}
