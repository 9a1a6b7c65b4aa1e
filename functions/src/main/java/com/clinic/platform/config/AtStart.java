package com.clinic.platform.config;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work a Lambda start hands to another thread so that the first request finds its classes loaded: Lambda runs the
 * initialisation phase on two vCPUs. Only the Lambda entry points start such work, never a context the local
 * cloud or the tests share. A warm-up that fails changes nothing: the path it would have loaded runs again when a
 * request needs it, and reports its failure there.
 */
public final class AtStart {
    private AtStart() {
    }

    /** Whether this JVM is a Lambda function's (Lambda names its Runtime API to every runtime; nothing else does). */
    public static boolean inLambda() {
        return System.getenv("AWS_LAMBDA_RUNTIME_API") != null;
    }

    public static void inBackground(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // see the class comment: the request that needs the path meets the failure itself
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The same for work with a result: the future holds it, or the work's failure. */
    public static <T> CompletableFuture<T> computeInBackground(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        inBackground(name, () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
