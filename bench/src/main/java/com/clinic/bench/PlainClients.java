package com.clinic.bench;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The plain handlers' SDK client setup, as the functions': the URL connection client, region and credentials given
 * (no provider chain to probe), the emulator's endpoint from the environment. Written out here rather than taken
 * from the functions' {@code AwsClients}, so that the yardsticks load none of the project's wiring.
 */
final class PlainClients {
    private PlainClients() {
    }

    static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder, String service) {
        return builder.httpClient(UrlConnectionHttpClient.create()).region(Region.of(System.getenv("AWS_REGION")))
                .endpointOverride(URI.create(System.getenv("CLINIC_ENDPOINT_" + service)))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("local", "local-secret")));
    }
}
