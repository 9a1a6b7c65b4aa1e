package com.clinic.platform.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.functions.TestCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The priming read at a Lambda start reads a key no record has, writes nothing, and never fails the start; a start
 * begun ahead by the custom runtime's entry point is the one the handler's context takes.
 */
class DynamoDbAtStartTest {
    private final TestCloud cloud = TestCloud.get();
    private final DynamoDbClient dynamo = cloud.context.getBean(DynamoDbClient.class);
    private final String table = cloud.context.getRequiredProperty("clinic.table", String.class);

    @Test
    void primingReadsNothingAndWritesNothing() {
        int before = items();
        assertTrue(dynamo.getItem(b -> b.tableName(table).key(DynamoDbAtStart.PRIMING_KEY)).item().isEmpty(),
                "no record has the priming key");
        DynamoDbAtStart.prime(dynamo, table);
        assertEquals(before, items());
    }

    @Test
    void aFailedPrimingReadLeavesTheStartToGoOn() {
        assertDoesNotThrow(() -> DynamoDbAtStart.prime(dynamo, "no-such-table"));
    }

    @Test
    void theHandlerTakesTheStartBegunAheadOnceAndOnlyOnce() {
        DynamoDbAtStart ahead = DynamoDbAtStart.beginAhead();
        assertSame(ahead, DynamoDbAtStart.begin(), "the handler's context takes the client begun ahead");
        assertNotSame(ahead, DynamoDbAtStart.begin(), "a second context builds its own client");
    }

    private int items() {
        return dynamo.scanPaginator(b -> b.tableName(table).select(Select.COUNT)).stream()
                .mapToInt(page -> page.count()).sum();
    }
}
