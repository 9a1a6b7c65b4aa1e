package com.clinic.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinic.platform.functions.TestCloud;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** The beans' client waits at its first call for the client a Lambda start is building, and reports its failure. */
class DeferredDynamoDbClientTest {
    private final TestCloud cloud = TestCloud.get();
    private final String table = cloud.context.getRequiredProperty("clinic.table", String.class);
    private final DynamoDbClient built = cloud.context.getBean(DynamoDbClient.class);

    @Test
    void aCallWaitsForTheClientBeingBuilt() throws Exception {
        CompletableFuture<DynamoDbClient> building = new CompletableFuture<>();
        DynamoDbClient deferred = new DeferredDynamoDbClient(building);
        CompletableFuture<GetItemResponse> call = CompletableFuture.supplyAsync(() -> deferred.getItem(b -> b
                .tableName(table).key(DynamoDbAtStart.PRIMING_KEY)));
        assertThrows(TimeoutException.class, () -> call.get(300, TimeUnit.MILLISECONDS), "no client yet");
        building.complete(built);
        assertFalse(call.get(10, TimeUnit.SECONDS).hasItem(), "the call went through once the client was there");
    }

    @Test
    void aFailedBuildIsTheCallsFailure() {
        SdkClientException failure = SdkClientException.create("no region");
        DynamoDbClient deferred = new DeferredDynamoDbClient(CompletableFuture.failedFuture(failure));
        assertSame(failure, assertThrows(SdkClientException.class, () -> deferred.getItem(b -> b.tableName(table)
                .key(DynamoDbAtStart.PRIMING_KEY))));
        assertEquals(DynamoDbClient.SERVICE_NAME, deferred.serviceName(), "answered without the client");
    }
}
