package com.clinic.functions.config;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * How every SDK client is built. In Lambda: the region and credentials from the environment (no provider chain
 * to probe) and the JDK's URL connection client (no Apache or Netty to load). Locally: the emulator endpoints
 * and their credentials, from {@code clinic.endpoint.*} and {@code clinic.local-credentials}.
 */
@Singleton
public class AwsClients {
    private static final String ENDPOINTS = "clinic.endpoint.";
    private final String region;
    private final String localCredentials;
    private final io.micronaut.context.env.Environment environment;

    public AwsClients(@Value("${aws.region:us-east-1}") String region,
                      @Value("${clinic.local-credentials:}") String localCredentials,
                      io.micronaut.context.env.Environment environment) {
        this.region = region;
        this.localCredentials = localCredentials;
        this.environment = environment;
    }

    public <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder, String service) {
        builder.httpClient(UrlConnectionHttpClient.create()).region(Region.of(region)).credentialsProvider(credentials());
        endpoint(service).ifPresent(builder::endpointOverride);
        return builder;
    }

    /** Presigned S3 URLs, signed with the same region, credentials and (locally) endpoint as the S3 client. */
    public S3Presigner presigner() {
        S3Presigner.Builder b = S3Presigner.builder().region(Region.of(region)).credentialsProvider(credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(isLocal()).build());
        endpoint("s3").ifPresent(b::endpointOverride);
        return b.build();
    }

    /** Running against the local cloud's emulators (path-style S3 URLs, static credentials). */
    public boolean isLocal() {
        return !localCredentials.isBlank();
    }

    private Optional<URI> endpoint(String service) {
        return environment.getProperty(ENDPOINTS + service, String.class).filter(s -> !s.isBlank()).map(URI::create);
    }

    private AwsCredentialsProvider credentials() {
        if (!isLocal()) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        String[] keys = localCredentials.split(":", 2);
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(keys[0], keys[1]));
    }
}
