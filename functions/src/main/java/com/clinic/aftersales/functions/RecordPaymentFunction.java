package com.clinic.aftersales.functions;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.clinic.aftersales.customer.PayingCustomers;
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
 * After-sales learns of the cashier's {@code PaymentCollected} events from the table's stream (the template's filter
 * passes only those), in one reader — the stream's second, beside the outbox relay, as DynamoDB advises at most two
 * per shard: the customer is recorded as a paying customer (C-16) and each loan line opens its loan account
 * (C-17…C-19). Both happen once per event (the customer's record keeps the events it took, the account's id is the
 * payment's), so a re-delivered record changes nothing twice; a failing record is reported, and Lambda retries
 * from it in order.
 */
@Serves({"C-16", "C-17", "C-19"})
public class RecordPaymentFunction extends ClinicFunction<DynamodbEvent, StreamsEventResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(RecordPaymentFunction.class);

    private final PayingCustomers customers = bean(PayingCustomers.class);
    private final LoanLedger ledger = bean(LoanLedger.class);
    private final JsonMapper json = bean(JsonMapper.class);

    public RecordPaymentFunction() {
    }

    public RecordPaymentFunction(ApplicationContext context) {
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
                PaymentCollected payment = PublishedEvents.read(json, r.getDynamodb().getNewImage().get("body").getS(),
                        PaymentCollected.class);
                customers.recordFrom(payment);
                ledger.openFrom(payment);
            } catch (RuntimeException e) {
                String at = r.getDynamodb().getSequenceNumber();
                LOG.warn("recording the payment of stream record {} failed: {}", at, e.toString());
                return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(at)));
            }
        }
        return new StreamsEventResponse(List.of());
    }
}
