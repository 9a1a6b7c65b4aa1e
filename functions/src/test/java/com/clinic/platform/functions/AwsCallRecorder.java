package com.clinic.platform.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Every AWS API call a function makes during the tests, as the IAM actions it needs, recorded to
 * {@code target/aws-calls.tsv} (function class, action, resource) for {@link LeastPrivilegeIT}; only when the
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
            lines.add(function.get() + "\t" + call[0] + "\t" + call[1]);
        }
        write(lines);
    }

    /** The IAM actions and resources of a request: a transaction needs each of its items' actions. */
    private static List<String[]> calls(String service, String operation, SdkRequest request) {
        List<String[]> out = new ArrayList<>();
        if (request instanceof TransactWriteItemsRequest t) {
            t.transactItems().forEach(i -> {
                if (i.put() != null) {
                    out.add(new String[] {"dynamodb:PutItem", i.put().tableName()});
                } else if (i.update() != null) {
                    out.add(new String[] {"dynamodb:UpdateItem", i.update().tableName()});
                } else if (i.delete() != null) {
                    out.add(new String[] {"dynamodb:DeleteItem", i.delete().tableName()});
                } else if (i.conditionCheck() != null) {
                    out.add(new String[] {"dynamodb:ConditionCheckItem", i.conditionCheck().tableName()});
                }
            });
            return out;
        }
        if (request instanceof BatchGetItemRequest b) {
            b.requestItems().keySet().forEach(table -> out.add(new String[] {"dynamodb:BatchGetItem", table}));
            return out;
        }
        if (request instanceof BatchWriteItemRequest b) {
            b.requestItems().keySet().forEach(table -> out.add(new String[] {"dynamodb:BatchWriteItem", table}));
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
            case "s3:HeadObject" -> "s3:GetObject";
            default -> service + ":" + operation;
        };
        out.add(new String[] {action, resource});
        return out;
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
