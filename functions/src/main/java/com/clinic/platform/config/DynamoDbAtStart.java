package com.clinic.platform.config;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB client, built on a second thread while the application context starts. Every function needs it,
 * building it is the larger half of a cold start's initialisation, and Lambda runs the initialisation phase on
 * two vCPUs: the two halves overlap instead of adding up. Only the Lambda entry point starts one (see
 * {@code ClinicFunction}); a context shared by the local cloud or the tests builds its client as a bean.
 */
public final class DynamoDbAtStart {
    private final CompletableFuture<DynamoDbClient> client = new CompletableFuture<>();

    private DynamoDbAtStart() {
    }

    public static DynamoDbAtStart begin() {
        DynamoDbAtStart start = new DynamoDbAtStart();
        Thread thread = new Thread(() -> {
            try {
                start.client.complete(AwsClients.ofEnvironmentVariables()
                        .configure(DynamoDbClient.builder(), "dynamodb").build());
            } catch (RuntimeException | Error e) {
                start.client.completeExceptionally(e);
            }
        }, "dynamodb-client-at-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    DynamoDbClient client() {
        return client.join();
    }
}
