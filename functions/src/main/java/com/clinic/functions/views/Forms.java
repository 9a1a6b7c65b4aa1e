package com.clinic.functions.views;

import com.clinic.model.visit.ArrivalForm;
import com.clinic.model.visit.BookingForm;
import com.clinic.model.visit.CustomerForm;
import com.clinic.model.visit.DriverForm;
import io.micronaut.serde.annotation.SerdeImport;

/** The domain's input forms are read straight from request bodies; this declares them to the serializer. */
@SerdeImport(BookingForm.class)
@SerdeImport(CustomerForm.class)
@SerdeImport(ArrivalForm.class)
@SerdeImport(DriverForm.class)
public interface Forms {
}
