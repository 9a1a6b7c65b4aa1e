package com.clinic.platform.aws;

import com.clinic.emulators.Emulators;
import com.clinic.emulators.LocalResources;
import com.clinic.emulators.Template.Intrinsic;
import com.clinic.emulators.Template;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The emulators with the template's resources and SDK clients for them, started once per test JVM. */
public final class EmulatedAws {
    private static EmulatedAws instance;

    private final LocalResources resources;
    private final DynamoDbClient dynamo;
    private final SqsClient sqs;
    private final S3Client s3;
    private final S3Presigner presigner;

    private EmulatedAws() throws Exception {
        Emulators emulators = Emulators.start(null);
        resources = new LocalResources(Template.loadDefault(), emulators, "adapters").create();
        dynamo = LocalResources.client(DynamoDbClient.builder(), emulators.dynamoEndpoint()).build();
        sqs = LocalResources.client(SqsClient.builder(), emulators.sqsEndpoint()).build();
        s3 = LocalResources.client(S3Client.builder(), emulators.s3Endpoint()).forcePathStyle(true).build();
        presigner = S3Presigner.builder().endpointOverride(emulators.s3Endpoint()).region(Region.of(Emulators.REGION))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(Emulators.ACCESS_KEY, Emulators.SECRET_KEY)))
                .build();
    }

    private static synchronized EmulatedAws get() {
        if (instance == null) {
            try {
                instance = new EmulatedAws();
            } catch (Exception e) {
                throw new IllegalStateException("emulators did not start", e);
            }
        }
        return instance;
    }

    public static DynamoDbClient dynamo() {
        return get().dynamo;
    }

    public static SqsClient sqs() {
        return get().sqs;
    }

    public static S3Client s3() {
        return get().s3;
    }

    public static S3Presigner presigner() {
        return get().presigner;
    }

    public static String ref(String logicalId) {
        return get().resources.resolve(new Intrinsic("Ref", logicalId));
    }
}
