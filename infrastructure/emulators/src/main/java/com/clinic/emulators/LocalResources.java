package com.clinic.emulators;

import com.clinic.emulators.Template.Intrinsic;
import com.clinic.emulators.Template.Resource;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the template's tables, queues and buckets on the emulators, and resolves the functions'
 * environment ({@code !Ref}, {@code !GetAtt}) to the local names, URLs and ARNs.
 */
public final class LocalResources {
    public static final String ACCOUNT = "000000000000";

    private final Template template;
    private final Emulators emulators;
    private final String stage;
    private final Map<String, String> queueUrls = new HashMap<>();
    private final Map<String, String> streamArns = new HashMap<>();

    public LocalResources(Template template, Emulators emulators, String stage) {
        this.template = template;
        this.emulators = emulators;
        this.stage = stage;
    }

    /** Creates everything that is missing (a persistent data folder keeps the tables from last time). */
    public LocalResources create() {
        try (DynamoDbClient dynamo = client(DynamoDbClient.builder(), emulators.dynamoEndpoint()).build();
             SqsClient sqs = client(SqsClient.builder(), emulators.sqsEndpoint()).build();
             S3Client s3 = client(S3Client.builder(), emulators.s3Endpoint()).forcePathStyle(true).build()) {
            streamArns.putAll(createTables(template, dynamo, stage));
            List<Resource> queues = new ArrayList<>(template.resourcesOfType("AWS::SQS::Queue"));
            // Dead-letter queues first: the others name them in their redrive policy.
            queues.sort((a, b) -> Boolean.compare(a.properties().containsKey("RedrivePolicy"),
                    b.properties().containsKey("RedrivePolicy")));
            for (Resource queue : queues) {
                Map<QueueAttributeName, String> attributes = new HashMap<>();
                Object visibility = queue.properties().get("VisibilityTimeout");
                if (visibility != null) {
                    attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, visibility.toString());
                }
                if (queue.properties().get("RedrivePolicy") instanceof Map<?, ?> redrive) {
                    attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\""
                            + resolve(redrive.get("deadLetterTargetArn")) + "\",\"maxReceiveCount\":"
                            + redrive.get("maxReceiveCount") + "}");
                }
                String url = sqs.createQueue(b -> b.queueName(name(queue.id())).attributes(attributes)).queueUrl();
                queueUrls.put(queue.id(), url);
            }
            for (Resource bucket : template.resourcesOfType("AWS::S3::Bucket")) {
                try {
                    s3.createBucket(b -> b.bucket(bucketName(bucket.id())));
                } catch (BucketAlreadyOwnedByYouException ignored) {
                    // kept from an earlier run in the data folder
                }
            }
        }
        return this;
    }

    /** The local value of an environment entry or property: names, URLs and ARNs of the local resources. */
    public String resolve(Object value) {
        if (value instanceof Intrinsic i) {
            return switch (i.name()) {
                case "Ref" -> ref((String) i.value());
                case "GetAtt" -> getAtt((List<?>) i.value());
                case "Sub" -> sub(i.value() instanceof List<?> l ? (String) l.get(0) : (String) i.value());
                default -> throw new IllegalArgumentException("cannot resolve !" + i.name() + " locally");
            };
        }
        return value == null ? null : value.toString();
    }

    /**
     * The application properties a function gets locally: its template environment ({@code CLINIC_TABLE} read as
     * {@code clinic.table}, {@code CLINIC_NOTIFICATIONS_QUEUE} as {@code clinic.notifications-queue}), plus the
     * emulator endpoints and credentials.
     */
    public Map<String, Object> functionProperties() {
        Map<String, Object> props = new LinkedHashMap<>();
        // one context runs every function here: the stacks' shared variables and each function's own
        Map<String, Object> env = new LinkedHashMap<>(template.sharedEnvironment());
        template.resourcesOfType("AWS::Serverless::Function").forEach(fn -> env.putAll(Template.environment(fn)));
        env.forEach((k, v) -> {
            if (k.startsWith("CLINIC_")) {
                props.put(propertyName(k), resolve(v));
            }
        });
        props.put("aws.region", Emulators.REGION);
        props.put("clinic.endpoint.dynamodb", emulators.dynamoEndpoint().toString());
        props.put("clinic.endpoint.sqs", emulators.sqsEndpoint().toString());
        props.put("clinic.endpoint.s3", emulators.s3Endpoint().toString());
        props.put("clinic.local-credentials", Emulators.ACCESS_KEY + ":" + Emulators.SECRET_KEY);
        return props;
    }

    /** CLINIC_NOTIFICATIONS_QUEUE becomes clinic.notifications-queue, as Micronaut reads the variable in Lambda. */
    public static String propertyName(String variable) {
        String lower = variable.toLowerCase();
        int first = lower.indexOf('_');
        return lower.substring(0, first) + "." + lower.substring(first + 1).replace('_', '-');
    }

    private String ref(String id) {
        if ("AWS::Region".equals(id)) {
            return Emulators.REGION;
        }
        if ("AWS::AccountId".equals(id)) {
            return ACCOUNT;
        }
        if ("AWS::Partition".equals(id)) {
            return "aws";
        }
        if ("AWS::StackName".equals(id)) {
            return stage + "-clinic";
        }
        if ("AWS::URLSuffix".equals(id)) {
            return "amazonaws.com";
        }
        if ("Stage".equals(id)) {
            return stage;
        }
        Resource r = template.resources().get(id);
        if (r == null) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> params =
                    (Map<String, Map<String, Object>>) template.root().getOrDefault("Parameters", Map.of());
            Map<String, Object> p = params.get(id);
            return p == null ? id : String.valueOf(p.get("Default"));
        }
        return switch (r.type()) {
            case "AWS::SQS::Queue" -> queueUrl(id);
            case "AWS::S3::Bucket" -> bucketName(id);
            default -> name(id);
        };
    }

    private String getAtt(List<?> parts) {
        String id = (String) parts.get(0);
        String attribute = (String) parts.get(1);
        Resource r = template.resources().get(id);
        return switch (attribute) {
            case "Arn" -> switch (r.type()) {
                case "AWS::SQS::Queue" -> "arn:aws:sqs:" + Emulators.REGION + ":" + ACCOUNT + ":" + name(id);
                case "AWS::DynamoDB::Table" -> "arn:aws:dynamodb:" + Emulators.REGION + ":" + ACCOUNT + ":table/"
                        + name(id);
                case "AWS::S3::Bucket" -> "arn:aws:s3:::" + bucketName(id);
                case "AWS::Serverless::Function" -> "arn:aws:lambda:" + Emulators.REGION + ":" + ACCOUNT
                        + ":function:" + id;
                default -> "arn:aws:local:" + Emulators.REGION + ":" + ACCOUNT + ":" + id;
            };
            case "QueueName" -> name(id);
            case "QueueUrl" -> queueUrl(id);
            case "StreamArn" -> Objects.requireNonNull(streamArns.get(id), id + " has no stream (or was not created)");
            default -> name(id);
        };
    }

    private String sub(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("${", i);
            if (start < 0) {
                out.append(text.substring(i));
                break;
            }
            int end = text.indexOf('}', start);
            out.append(text, i, start);
            String expr = text.substring(start + 2, end);
            out.append(expr.contains(".") ? getAtt(List.of(expr.split("\\.", 2))) : ref(expr));
            i = end + 1;
        }
        return out.toString();
    }

    private String queueUrl(String id) {
        return queueUrls.getOrDefault(id, emulators.sqsEndpoint() + "/" + ACCOUNT + "/" + name(id));
    }

    private String name(String id) {
        return stage + "-" + id;
    }

    private String bucketName(String id) {
        return (stage + "-" + id).toLowerCase();
    }

    /**
     * Creates the template's tables, named {@code stage-LogicalId}, on any DynamoDB endpoint, with their streams
     * where the template asks for one; answers the stream ARNs by logical id.
     */
    public static Map<String, String> createTables(Template template, DynamoDbClient dynamo, String stage) {
        Map<String, String> streams = new HashMap<>();
        for (Resource table : template.resourcesOfType("AWS::DynamoDB::Table")) {
            String arn = createTable(dynamo, table, stage + "-" + table.id());
            if (arn != null) {
                streams.put(table.id(), arn);
            }
        }
        return streams;
    }

    @SuppressWarnings("unchecked")
    private static String createTable(DynamoDbClient dynamo, Resource table, String name) {
        Map<String, Object> p = table.properties();
        List<AttributeDefinition> attributes = ((List<Map<String, Object>>) p.get("AttributeDefinitions")).stream()
                .map(a -> AttributeDefinition.builder().attributeName((String) a.get("AttributeName"))
                        .attributeType((String) a.get("AttributeType")).build())
                .toList();
        List<GlobalSecondaryIndex> indexes = ((List<Map<String, Object>>) p.getOrDefault("GlobalSecondaryIndexes",
                List.of())).stream()
                .map(g -> GlobalSecondaryIndex.builder().indexName((String) g.get("IndexName"))
                        .keySchema(keys((List<Map<String, Object>>) g.get("KeySchema")))
                        .projection(Projection.builder().projectionType((String) ((Map<String, Object>)
                                g.get("Projection")).get("ProjectionType")).build())
                        .build())
                .toList();
        StreamSpecification stream = p.get("StreamSpecification") instanceof Map<?, ?> spec
                ? StreamSpecification.builder().streamEnabled(true)
                        .streamViewType((String) spec.get("StreamViewType")).build()
                : null;
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(attributes)
                .keySchema(keys((List<Map<String, Object>>) p.get("KeySchema")))
                .billingMode(BillingMode.PAY_PER_REQUEST).streamSpecification(stream);
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        try {
            return dynamo.createTable(request.build()).tableDescription().latestStreamArn();
        } catch (ResourceInUseException kept) {
            // kept from an earlier run in the data folder, perhaps from before the table had its stream
            TableDescription existing = dynamo.describeTable(b -> b.tableName(name)).table();
            if (stream != null && existing.latestStreamArn() == null) {
                return dynamo.updateTable(b -> b.tableName(name).streamSpecification(stream)).tableDescription()
                        .latestStreamArn();
            }
            return existing.latestStreamArn();
        }
    }

    private static List<KeySchemaElement> keys(List<Map<String, Object>> schema) {
        return schema.stream().map(k -> KeySchemaElement.builder().attributeName((String) k.get("AttributeName"))
                .keyType((String) k.get("KeyType")).build()).toList();
    }

    /** An SDK client builder pointed at an emulator with the emulators' credentials. */
    public static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>> B client(
            B builder, URI endpoint) {
        ((software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?>) builder)
                .httpClient(UrlConnectionHttpClient.create());
        return builder.endpointOverride(endpoint).region(Region.of(Emulators.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(Emulators.ACCESS_KEY, Emulators.SECRET_KEY)));
    }
}
