package com.clinic.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.clinic.printing.pdf.OpenPdfRenderer;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.interceptor.Context.ModifyHttpRequest;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The print worker's baseline: its work done by a plain aws-lambda-java-core handler, without the framework, the
 * command path or the mapping. Reads the job and its visit (two consistent GetItems), draws a label with the same
 * face, barcode and QR code ({@link OpenPdfRenderer#rehearse()}), stores it with S3's PutObject and marks the job
 * done (UpdateItem). The GetItem handler is no yardstick for a function whose job reads a 10 MB face and writes
 * to S3; this one is.
 */
public class PlainPrintHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final DynamoDbClient dynamo = PlainClients.configure(DynamoDbClient.builder(), "DYNAMODB").build();
    // s3proxy now and then drops a connection waiting for "100 Continue" (as the functions' local setup notes)
    private final S3Client s3 = PlainClients.configure(S3Client.builder(), "S3").forcePathStyle(true)
            .overrideConfiguration(o -> o.addExecutionInterceptor(
                    new ExecutionInterceptor() {
                        @Override
                        public SdkHttpRequest modifyHttpRequest(ModifyHttpRequest context, ExecutionAttributes a) {
                            return context.httpRequest().toBuilder().removeHeader("Expect").build();
                        }
                    })).build();
    private final String table = System.getenv("CLINIC_TABLE");
    private final String bucket = System.getenv("CLINIC_FILES_BUCKET");

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            String id = m.getBody().strip();
            Map<String, AttributeValue> job = get("PRINT#" + id, "JOB");
            String code = job.get("visitCode").s();
            if (get("VISIT#" + code, "VISIT").isEmpty()) {
                return new SQSBatchResponse(List.of(new SQSBatchResponse.BatchItemFailure(m.getMessageId())));
            }
            String key = "prints/" + code + "/plain-" + id + ".pdf";
            s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/pdf"),
                    RequestBody.fromBytes(OpenPdfRenderer.rehearse()));
            dynamo.updateItem(b -> b.tableName(table).key(key("PRINT#" + id, "JOB"))
                    .updateExpression("SET #s = :done, fileKey = :key").expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":done", AttributeValue.fromS("DONE"),
                            ":key", AttributeValue.fromS(key))));
        }
        return new SQSBatchResponse(List.of());
    }

    private Map<String, AttributeValue> get(String pk, String sk) {
        return dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(pk, sk))).item();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }
}
