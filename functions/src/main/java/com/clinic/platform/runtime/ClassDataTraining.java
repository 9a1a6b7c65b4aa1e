package com.clinic.platform.runtime;

import com.amazonaws.services.lambda.runtime.api.client.EventHandlerLoader;
import com.amazonaws.services.lambda.runtime.api.client.HandlerInfo;
import com.amazonaws.services.lambda.runtime.api.client.runtimeapi.dto.InvocationRequest;
import com.clinic.platform.config.AtStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Run once per department at package time, by the packaged JRE that writes the department's class archive as it
 * exits (Java 25's ahead-of-time cache, or an older runtime's class-data archive): every handler of the department
 * is loaded by the runtime interface client's own loader, as Lambda's custom runtime loads it, and handed its sample
 * event once through it (the packaging step points the functions at emulators holding the records the samples
 * name) — the classes a cold start and its first request load, loaded here so that the archive holds them.
 * Arguments come in pairs: handler class, event file. Never run in Lambda.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        // the runtime's entry point as the bootstrap starts it, where the packaging step stands in for Lambda
        if (AtStart.inLambda()) {
            Thread client = new Thread(() -> {
                try {
                    LambdaBootstrap.main(new String[] {System.getenv("_HANDLER")});
                } catch (Throwable e) {
                    // its classes are loaded all the same
                }
            }, "runtime-interface-client");
            client.setDaemon(true);
            client.start();
        }
        // side by side: none needs another's result
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(32, args.length / 2)));
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String handler = args[i];
            Path event = Path.of(args[i + 1]);
            runs.add(pool.submit(() -> run(handler, event)));
        }
        pool.shutdown();
        boolean done = pool.awaitTermination(5, TimeUnit.MINUTES);
        System.out.println("ran " + runs.size() + " handlers" + (done ? "" : ", some still waiting"));
        // the packaging step writes a line once the client has answered its event (at once without one)
        System.in.read();
        System.exit(0);
    }

    private static void run(String handlerClass, Path event) {
        try {
            InvocationRequest request = new InvocationRequest();
            request.setId("training");
            request.setInvokedFunctionArn("arn:aws-cn:lambda:cn-north-1:000000000000:function:training");
            request.setDeadlineTimeInMs(System.currentTimeMillis() + 60_000);
            request.setContent(Files.readAllBytes(event));
            EventHandlerLoader.loadEventHandler(HandlerInfo.fromString(handlerClass,
                    ClassDataTraining.class.getClassLoader())).call(request);
        } catch (Exception | LinkageError e) {
            // a call that fails against the closed endpoints has loaded its classes all the same
        }
    }
}
