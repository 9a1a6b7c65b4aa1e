package com.clinic.journey.events;

import com.clinic.journey.CustomerCorrected;
import com.clinic.journey.JourneyRejected;
import com.clinic.journey.JourneyRestored;
import com.clinic.journey.OrderRepriced;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.PaymentRefunded;
import com.clinic.journey.VisitFact;
import com.clinic.journey.visit.Installment;
import com.clinic.platform.StaffRef;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The published events as JSON: written into the outbox with their change, read by the reacting functions. */
@SerdeImport(PaymentCollected.class)
@SerdeImport(PaymentCollected.Line.class)
@SerdeImport(PaymentRefunded.class)
@SerdeImport(PaymentRefunded.Line.class)
@SerdeImport(OrderRepriced.class)
@SerdeImport(JourneyRejected.class)
@SerdeImport(JourneyRestored.class)
@SerdeImport(CustomerCorrected.class)
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

    /** Every kind of visit fact, by the type name its outbox item carries. */
    @SuppressWarnings("unchecked")
    public static final Map<String, Class<? extends VisitFact>> VISIT_FACTS = Arrays.stream(
                    VisitFact.class.getPermittedSubclasses()).map(c -> (Class<? extends VisitFact>) c)
            .collect(Collectors.toUnmodifiableMap(VisitFact::typeOf, Function.identity()));

    public static <T> T read(JsonMapper json, String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
