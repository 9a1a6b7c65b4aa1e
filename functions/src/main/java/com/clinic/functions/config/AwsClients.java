package com.clinic.functions.config;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
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

    public AwsClients(@Value("${aws.region:${AWS_REGION:us-east-1}}") String region,
                      @Value("${clinic.local-credentials:}") String localCredentials,
                      io.micronaut.context.env.Environment environment) {
        this.region = region;
        this.localCredentials = localCredentials;
        this.environment = environment;
    }

    public <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder, String service) {
        builder.httpClient(UrlConnectionHttpClient.create()).region(Region.of(region));
        environment.getProperty(ENDPOINTS + service, String.class)
                .filter(s -> !s.isBlank())
                .ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        if (localCredentials.isBlank()) {
            builder.credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        } else {
            String[] keys = localCredentials.split(":", 2);
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keys[0], keys[1])));
        }
        return builder;
    }
}
