package com.clinic.platform.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;

/**
 * Every AWS API call a function makes during the tests, as the IAM actions it needs, recorded to
 * {@code target/aws-calls.tsv} (function class, action, resource, and the request's value of the condition key the
 * policy limits: a DynamoDB item's partition key, {@code dynamodb:LeadingKeys}, or a listing's {@code s3:prefix})
 * for {@link LeastPrivilegeIT}; only when the
 * unit tests' runner names the file. Registered for
 * every SDK client of the test JVM by {@code software/amazon/awssdk/global/handlers/execution.interceptors}; a call
 * made outside a handler (the tests' own setup) is not recorded.
 */
public final class AwsCallRecorder implements ExecutionInterceptor {
    /** Set by the unit tests' runner only: the integration tests read the file this run wrote. */
    static final String FILE_PROPERTY = "aws.calls.file";
    private static final Path FILE = startRecording();

    private static Path startRecording() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null) {
            return null;
        }
        try {
            Files.deleteIfExists(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Path.of(file);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (FILE == null) {
            return;
        }
        Optional<String> function = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(c -> c.matches("com\\.clinic\\..*\\.functions\\..*Function")).findFirst());
        if (function.isEmpty()) {
            return;
        }
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME).toLowerCase();
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        List<String> lines = new ArrayList<>();
        for (String[] call : calls(service, operation, context.request())) {
            lines.add(function.get() + "\t" + call[0] + "\t" + call[1] + "\t" + call[2]);
        }
        write(lines);
    }

    /**
     * The IAM actions, resources and condition values of a request: a transaction or batch needs each of its items'
     * actions, each on its own partition key; a query on an index is authorised on the index, by the index's key.
     */
    private static List<String[]> calls(String service, String operation, SdkRequest request) {
        List<String[]> out = new ArrayList<>();
        if (request instanceof TransactWriteItemsRequest t) {
            t.transactItems().forEach(i -> {
                if (i.put() != null) {
                    out.add(item("PutItem", i.put().tableName(), i.put().item()));
                } else if (i.update() != null) {
                    out.add(item("UpdateItem", i.update().tableName(), i.update().key()));
                } else if (i.delete() != null) {
                    out.add(item("DeleteItem", i.delete().tableName(), i.delete().key()));
                } else if (i.conditionCheck() != null) {
                    out.add(item("ConditionCheckItem", i.conditionCheck().tableName(), i.conditionCheck().key()));
                }
            });
            return out;
        }
        if (request instanceof BatchGetItemRequest b) {
            b.requestItems().forEach((table, keys) -> keys.keys().forEach(k -> out.add(item("BatchGetItem", table, k))));
            return out;
        }
        if (request instanceof BatchWriteItemRequest b) {
            b.requestItems().forEach((table, writes) -> writes.forEach(w -> out.add(item("BatchWriteItem", table,
                    w.putRequest() != null ? w.putRequest().item() : w.deleteRequest().key()))));
            return out;
        }
        if (request instanceof DeleteObjectsRequest d) {
            d.delete().objects().forEach(o -> out.add(new String[] {o.versionId() == null ? "s3:DeleteObject"
                    : "s3:DeleteObjectVersion", d.bucket() + "/" + o.key(), "-"}));
            return out;
        }
        if (request instanceof QueryRequest q) {
            out.add(new String[] {"dynamodb:Query", q.tableName() + (q.indexName() == null ? "" : "/index/"
                    + q.indexName()), partitionOf(q)});
            return out;
        }
        if (request instanceof GetItemRequest g) {
            out.add(item("GetItem", g.tableName(), g.key()));
            return out;
        }
        if (request instanceof PutItemRequest p) {
            out.add(item("PutItem", p.tableName(), p.item()));
            return out;
        }
        if (request instanceof UpdateItemRequest u) {
            out.add(item("UpdateItem", u.tableName(), u.key()));
            return out;
        }
        if (request instanceof DeleteItemRequest d) {
            out.add(item("DeleteItem", d.tableName(), d.key()));
            return out;
        }
        String resource = request.getValueForField("TableName", String.class)
                .or(() -> request.getValueForField("QueueUrl", String.class))
                .or(() -> request.getValueForField("Bucket", String.class))
                .or(() -> request.getValueForField("GroupName", String.class)).orElse("*");
        if ("s3".equals(service)) {
            Optional<String> key = request.getValueForField("Key", String.class);
            if (key.isPresent()) {
                resource = resource + "/" + key.get();
            }
        }
        String action = switch (service + ":" + operation) {
            case "s3:ListObjectsV2", "s3:ListObjects" -> "s3:ListBucket";
            case "s3:ListObjectVersions" -> "s3:ListBucketVersions";
            case "s3:HeadObject" -> "s3:GetObject";
            default -> service + ":" + operation;
        };
        out.add(new String[] {action, resource, request.getValueForField("Prefix", String.class).orElse("-")});
        return out;
    }

    private static String[] item(String action, String table, Map<String, AttributeValue> key) {
        return new String[] {"dynamodb:" + action, table, key.get("pk").s()};
    }

    /** The value a query's key condition gives its partition key ({@code pk}, or an index's {@code gsiNpk}). */
    private static String partitionOf(QueryRequest q) {
        Matcher m = Pattern.compile("(#?\\w+)\\s*=\\s*(:\\w+)").matcher(q.keyConditionExpression());
        while (m.find()) {
            String name = q.hasExpressionAttributeNames() ? q.expressionAttributeNames().getOrDefault(m.group(1),
                    m.group(1)) : m.group(1);
            if (name.endsWith("pk")) {
                return q.expressionAttributeValues().get(m.group(2)).s();
            }
        }
        throw new IllegalStateException("a query without a partition key: " + q.keyConditionExpression());
    }

    private static synchronized void write(List<String> lines) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.write(FILE, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
