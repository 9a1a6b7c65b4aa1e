package com.clinic.platform.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The DynamoDB client, built on a second thread while the application context starts, then primed there with
 * one read of a key that never exists. Every function needs the client, building it is the larger half of a
 * cold start's initialisation, and Lambda runs the initialisation phase on two vCPUs: the two halves overlap
 * instead of adding up. The beans hold it through a {@link DeferredDynamoDbClient}, so the handler's
 * construction does not wait for it either. The priming read loads the SDK's request path (signing,
 * marshalling, the HTTP client) and opens the connection while the main thread finishes the context and the
 * runtime prepares the event's reader, so the first request does not pay for them. It is a batched read, as
 * every command's and list's read is, which the policy of every function that makes it allows
 * ({@code LeastPrivilegeIT}); it costs half a read unit per cold start. Only the Lambda entry point starts one,
 * unless the function is {@code NoTableAtStart} (see {@code ClinicFunction}); a context shared by the local
 * cloud or the tests builds its client as a bean (and holds it through the same deferred client).
 */
public final class DynamoDbAtStart {
    /** The key read to prime the client: no record's partition key has this form. */
    static final Map<String, AttributeValue> PRIMING_KEY = Map.of("pk", AttributeValue.fromS("PRIMING"),
            "sk", AttributeValue.fromS("PRIMING"));

    /** A start the custom runtime's entry point began before the runtime interface client started. */
    private static final AtomicReference<DynamoDbAtStart> AHEAD = new AtomicReference<>();

    private final CompletableFuture<DynamoDbClient> client = new CompletableFuture<>();

    private DynamoDbAtStart() {
    }

    /**
     * Begins building the client before the handler is even loaded ({@code LambdaBootstrap}): the runtime
     * interface client's own start (about 150 ms) then overlaps it too. The handler's context takes this start.
     */
    public static DynamoDbAtStart beginAhead() {
        DynamoDbAtStart start = start();
        AHEAD.set(start);
        return start;
    }

    /** The start begun ahead, if any, else a new one. */
    public static DynamoDbAtStart begin() {
        DynamoDbAtStart ahead = AHEAD.getAndSet(null);
        return ahead != null ? ahead : start();
    }

    private static DynamoDbAtStart start() {
        DynamoDbAtStart start = new DynamoDbAtStart();
        AwsClients aws = AwsClients.ofEnvironmentVariables();
        AtStart.inBackground("dynamodb-client-at-start", () -> {
            DynamoDbClient built;
            try {
                built = aws.configure(DynamoDbClient.builder(), "dynamodb").build();
                start.client.complete(built);
            } catch (RuntimeException | Error e) {
                start.client.completeExceptionally(e);
                return;
            }
            aws.table().ifPresent(table -> prime(built, table));
        });
        return start;
    }

    /** A failed priming read changes nothing: the first request then pays for the path itself. */
    static void prime(DynamoDbClient client, String table) {
        try {
            client.batchGetItem(b -> b.requestItems(Map.of(table,
                    KeysAndAttributes.builder().keys(List.of(PRIMING_KEY)).build())));
        } catch (SdkException e) {
            LoggerFactory.getLogger(DynamoDbAtStart.class).warn("priming read of {} failed: {}", table, e.toString());
        }
    }

    /** The client for the context's beans: it waits for the one being built at its first call. */
    DynamoDbClient client() {
        return new DeferredDynamoDbClient(client);
    }
}
