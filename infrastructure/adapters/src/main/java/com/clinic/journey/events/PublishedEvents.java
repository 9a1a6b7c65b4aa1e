package com.clinic.journey.events;

import com.clinic.journey.PaymentCollected;
import com.clinic.journey.visit.Installment;
import com.clinic.platform.StaffRef;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The published events as JSON: written into the outbox with their change, read by the reacting functions. */
@SerdeImport(PaymentCollected.class)
@SerdeImport(PaymentCollected.Line.class)
@SerdeImport(Installment.class)
@SerdeImport(StaffRef.class)
public final class PublishedEvents {
    private PublishedEvents() {
    }

    public static String write(JsonMapper json, Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(JsonMapper json, String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
