package com.clinic.platform.config;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.function.aws.DefaultLambdaContextFactory;
import io.micronaut.function.aws.LambdaContextFactory;
import jakarta.inject.Singleton;

/**
 * Micronaut's default registers every invocation's Context and logger as new singleton beans that are never
 * released, so each call gets slower (measured: 20 µs to 5.8 ms after 12,000 calls). The handlers take the
 * Context as a parameter and never inject it, so nothing is registered.
 */
@Singleton
@Replaces(DefaultLambdaContextFactory.class)
public class NoLambdaContextBeans implements LambdaContextFactory {
    @Override
    public void registerSingletons(Context lambdaContext) {
        // deliberately nothing: see the class comment
    }
}
