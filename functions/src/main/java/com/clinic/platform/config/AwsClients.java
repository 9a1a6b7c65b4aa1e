package com.clinic.platform.config;

import io.micronaut.context.env.Environment;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * How every SDK client is built. In Lambda: the region and credentials from the environment (no provider chain
 * to probe) and the JDK's URL connection client (no Apache or Netty to load). Locally: the emulator endpoints
 * and their credentials, from {@code clinic.endpoint.*} and {@code clinic.local-credentials}.
 */
public final class AwsClients {
    private final Function<String, Optional<String>> settings;

    /** @param settings a property by its Micronaut name ({@code clinic.endpoint.dynamodb}), blank taken as absent */
    private AwsClients(Function<String, Optional<String>> settings) {
        this.settings = name -> settings.apply(name).filter(s -> !s.isBlank());
    }

    /** From the application context's environment, as the local cloud and the tests configure it. */
    static AwsClients of(Environment environment) {
        return new AwsClients(name -> environment.getProperty(name, String.class));
    }

    /**
     * Straight from the process's environment variables, read as Micronaut reads them ({@code aws.region} from
     * {@code AWS_REGION}), for a client built before the application context exists.
     */
    static AwsClients ofEnvironmentVariables() {
        return new AwsClients(name -> Optional.ofNullable(System.getenv(variable(name))));
    }

    /** The environment variable Micronaut reads a property from: {@code clinic.table} from {@code CLINIC_TABLE}. */
    public static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder, String service) {
        builder.httpClient(httpClient()).region(region()).credentialsProvider(credentials());
        endpoint(service).ifPresent(builder::endpointOverride);
        if (isLocal() && "s3".equals(service)) {
            // s3proxy now and then drops the connection while the JDK client waits for "100 Continue"; the small
            // files the functions write locally gain nothing from the handshake. AWS keeps the SDK's default.
            builder.overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                @Override
                public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
                                                        ExecutionAttributes attributes) {
                    return context.httpRequest().toBuilder().removeHeader("Expect").build();
                }
            }));
        }
        return builder;
    }

    /** Presigned S3 URLs, signed with the same region, credentials and (locally) endpoint as the S3 client. */
    public S3Presigner presigner() {
        S3Presigner.Builder b = S3Presigner.builder().region(region()).credentialsProvider(credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(isLocal()).build());
        endpoint("s3").ifPresent(b::endpointOverride);
        return b.build();
    }

    /** A new HTTP client of the kind every SDK client uses; also what sends the system's presigned uploads. */
    public SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.create();
    }

    /** The table's name ({@code clinic.table}), where it is configured. */
    public Optional<String> table() {
        return settings.apply("clinic.table");
    }

    /** Running against the local cloud's emulators (path-style S3 URLs, static credentials). */
    public boolean isLocal() {
        return settings.apply("clinic.local-credentials").isPresent();
    }

    private Region region() {
        return Region.of(settings.apply("aws.region").orElse("us-east-1"));
    }

    private Optional<URI> endpoint(String service) {
        return settings.apply("clinic.endpoint." + service).map(URI::create);
    }

    private AwsCredentialsProvider credentials() {
        Optional<String> local = settings.apply("clinic.local-credentials");
        if (local.isEmpty()) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        String[] keys = local.get().split(":", 2);
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(keys[0], keys[1]));
    }
}
