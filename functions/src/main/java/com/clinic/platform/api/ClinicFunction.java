package com.clinic.platform.api;

import com.clinic.platform.config.AtStart;
import com.clinic.platform.config.DynamoDbAtStart;
import com.clinic.platform.config.ServiceIndex;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.Environment;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.function.aws.MicronautLambdaContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Base of every function. The application context starts without deducing its environment (a Lambda function
 * knows where it runs; the probing costs cold-start time), and under SnapStart the function primes itself
 * before the snapshot: {@link #prime()} runs its code path once so classes are loaded and connections opened
 * in the snapshot, not on the first real call. Nothing unique per instance is created at init: ids and
 * random codes are drawn per call, and credentials are read from the environment per request.
 */
public abstract class ClinicFunction<I, O> extends MicronautRequestHandler<I, O> implements Resource {

    protected ClinicFunction() {
        super();
        Core.getGlobalContext().register(this);
    }

    protected ClinicFunction(ApplicationContext context) {
        super(context);
    }

    /**
     * The Lambda entry point's context. Not Micronaut's {@code LambdaApplicationContextBuilder}: it makes every
     * singleton eager, so each function would build the SQS, S3 and Scheduler clients and the PDF renderer at
     * its cold start, whether its path uses them or not (and the flag cannot be turned off again on that
     * builder). Micronaut's services come from the build-time {@link ServiceIndex}. The DynamoDB client is built
     * and primed beside the context's start ({@link DynamoDbAtStart}) unless the function is
     * {@link NoTableAtStart}; a third thread reads the index of every JSON type's introspection, which Micronaut's
     * serde would otherwise load whole (a class per view, about 200 in the program's artifact) at the first JSON
     * of the first request.
     */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        ServiceIndex.install();
        AtStart.inBackground("introspections-at-start",
                () -> BeanIntrospector.SHARED.findIntrospections(reference -> false));
        ApplicationContextBuilder builder = ApplicationContext.builder(Environment.FUNCTION,
                MicronautLambdaContext.ENVIRONMENT_LAMBDA).deduceEnvironment(false);
        return this instanceof NoTableAtStart ? builder
                : builder.singletons(DynamoDbAtStart.begin());
    }

    /**
     * One of the context's beans, for a handler's field initialisers. Handlers take their collaborators this way
     * rather than by {@code @Inject}: a class with injection points gets a bean definition, Micronaut loads every
     * bean definition on the class path when a context starts, and each function would pay at its cold start
     * for the definitions of all the others.
     */
    protected final <T> T bean(Class<T> type) {
        return applicationContext.getBean(type);
    }

    /** Runs the function's path once without changing anything (see the subclasses). */
    protected abstract void prime();

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: see the class comment
    }
}
