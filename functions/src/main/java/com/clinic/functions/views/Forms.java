package com.clinic.functions.views;

import com.clinic.model.catalog.CatalogItemForm;
import com.clinic.model.staff.StaffForm;
import com.clinic.model.visit.ArrivalForm;
import com.clinic.model.visit.BookingForm;
import com.clinic.model.visit.CustomerForm;
import com.clinic.model.visit.DriverForm;
import com.clinic.model.visit.Forms.AdmissionForm;
import com.clinic.model.visit.Forms.ConsultantForm;
import com.clinic.model.visit.Forms.FileForm;
import com.clinic.model.visit.Forms.OrderForm;
import com.clinic.model.visit.Forms.OrderLineForm;
import com.clinic.model.visit.Forms.PaymentForm;
import com.clinic.model.visit.Forms.PaymentLineForm;
import com.clinic.model.visit.Forms.PriceChangeForm;
import com.clinic.model.visit.Forms.PriceReviewForm;
import com.clinic.model.visit.Forms.ReasonForm;
import com.clinic.model.visit.Forms.UploadForm;
import io.micronaut.serde.annotation.SerdeImport;

/** The domain's input forms are read straight from request bodies; this declares them to the serializer. */
@SerdeImport(BookingForm.class)
@SerdeImport(CustomerForm.class)
@SerdeImport(ArrivalForm.class)
@SerdeImport(DriverForm.class)
@SerdeImport(StaffForm.class)
@SerdeImport(CatalogItemForm.class)
@SerdeImport(AdmissionForm.class)
@SerdeImport(ConsultantForm.class)
@SerdeImport(FileForm.class)
@SerdeImport(OrderForm.class)
@SerdeImport(OrderLineForm.class)
@SerdeImport(PaymentForm.class)
@SerdeImport(PaymentLineForm.class)
@SerdeImport(PriceChangeForm.class)
@SerdeImport(PriceReviewForm.class)
@SerdeImport(ReasonForm.class)
@SerdeImport(UploadForm.class)
public interface Forms {
}
