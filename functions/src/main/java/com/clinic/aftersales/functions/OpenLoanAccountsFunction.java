package com.clinic.aftersales.functions;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.clinic.aftersales.loan.LoanLedger;
import com.clinic.journey.PaymentCollected;
import com.clinic.journey.events.PublishedEvents;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.api.Serves;
import com.clinic.platform.api.StreamRecords;
import com.clinic.platform.dynamodb.DynamoAggregateStore;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * C-17…C-19: the after-sales loan ledger reacts to the cashier's {@code PaymentCollected} events, handed over by
 * the table's stream (the template's filter passes only those): each loan line opens its loan account, once —
 * the account's id is the payment's, so a re-delivered event opens nothing twice. A failing record is reported,
 * and Lambda retries from it in order.
 */
@Serves({"C-17", "C-19"})
public class OpenLoanAccountsFunction extends ClinicFunction<DynamodbEvent, StreamsEventResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(OpenLoanAccountsFunction.class);

    private final LoanLedger ledger = bean(LoanLedger.class);
    private final JsonMapper json = bean(JsonMapper.class);

    public OpenLoanAccountsFunction() {
    }

    public OpenLoanAccountsFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: a stream record that is no payment event, which is passed over. */
    @Override
    protected void prime() {
        execute(StreamRecords.priming());
    }

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        for (DynamodbEvent.DynamodbStreamRecord r : StreamRecords.inserted(event, DynamoAggregateStore.EVENT_PREFIX,
                image -> image.containsKey("eventType")
                        && PaymentCollected.TYPE.equals(image.get("eventType").getS()))) {
            try {
                ledger.openFrom(PublishedEvents.read(json, r.getDynamodb().getNewImage().get("body").getS(),
                        PaymentCollected.class));
            } catch (RuntimeException e) {
                String at = r.getDynamodb().getSequenceNumber();
                LOG.warn("opening loans from stream record {} failed: {}", at, e.toString());
                return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(at)));
            }
        }
        return new StreamsEventResponse(List.of());
    }
}
