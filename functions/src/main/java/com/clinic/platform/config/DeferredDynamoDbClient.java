package com.clinic.platform.config;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The DynamoDB client the context's beans hold: it waits for the client being built at the function's start
 * ({@link DynamoDbAtStart}) at its first call, not when a bean takes it, so the handler's construction returns
 * while the client is still being built and the runtime prepares the event's reader meanwhile. Every context
 * holds the client through it, the tests' and the local cloud's included, so a call the functions start making
 * meets it in the tests: the operations the adapters use are passed on, and the scan the tests count items with
 * (the SDK's consumer-builder and paginator forms come back to these); any other is the SDK interface's default,
 * which refuses it.
 */
final class DeferredDynamoDbClient implements DynamoDbClient {
    private final CompletableFuture<DynamoDbClient> client;

    DeferredDynamoDbClient(CompletableFuture<DynamoDbClient> client) {
        this.client = client;
    }

    private DynamoDbClient client() {
        try {
            return client.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return client().getItem(request);
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return client().batchGetItem(request);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return client().query(request);
    }

    /** For the tests' item counts; no function's policy grants it (LeastPrivilegeIT). */
    @Override
    public ScanResponse scan(ScanRequest request) {
        return client().scan(request);
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return client().deleteItem(request);
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return client().putItem(request);
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return client().updateItem(request);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        return client().batchWriteItem(request);
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        return client().transactWriteItems(request);
    }

    @Override
    public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
        return client().serviceClientConfiguration();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        client().close();
    }
}
