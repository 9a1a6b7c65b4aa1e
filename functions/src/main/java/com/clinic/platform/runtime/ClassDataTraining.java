package com.clinic.platform.runtime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.FileInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Run once per department at package time, by the packaged JRE that writes the department's class-data archive as
 * it exits ({@code -XX:ArchiveClassesAtExit}): every handler of the department is constructed, the runtime's
 * serializer for its event type prepared and its sample event handed to it once (the AWS endpoints closed, so each
 * call fails fast) — the classes a cold start loads, loaded here so that the archive holds them. Arguments come in
 * threes: handler class, event class, event file. Never run in Lambda.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) throws InterruptedException {
        // side by side: each call waits out its retries against the closed endpoints, and none needs another
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(32, args.length / 3)));
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i + 2 < args.length; i += 3) {
            String handler = args[i];
            String event = args[i + 1];
            String file = args[i + 2];
            runs.add(pool.submit(() -> run(handler, event, file)));
        }
        pool.shutdown();
        boolean done = pool.awaitTermination(5, TimeUnit.MINUTES);
        System.out.println("ran " + runs.size() + " handlers" + (done ? "" : ", some still waiting"));
        System.exit(0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void run(String handlerClass, String eventClass, String eventFile) {
        try (InputStream in = new FileInputStream(eventFile)) {
            RequestHandler handler = (RequestHandler) Class.forName(handlerClass).getConstructor().newInstance();
            PojoSerializer<?> events = LambdaEventSerializers.serializerFor(Class.forName(eventClass),
                    ClassDataTraining.class.getClassLoader());
            handler.handleRequest(events.fromJson(in), null);
        } catch (Exception | LinkageError e) {
            // a call that fails against the closed endpoints has loaded its classes all the same
        }
    }
}
