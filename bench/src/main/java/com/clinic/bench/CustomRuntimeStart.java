package com.clinic.bench;

import com.clinic.emulators.LambdaTaskRoot;
import com.clinic.emulators.RuntimeApiStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One cold start as Lambda's custom runtime ({@code provided.al2023}) makes it: the department's artifact unpacked
 * into a task root, its {@code bootstrap} started with the layer's Java (functions/target/runtime-layer) against a
 * stand-in of the Lambda Runtime API, which hands it one event; the time runs from the process's start to the
 * answer the runtime posts. The runtime asking for its first event marks the end of its initialisation.
 */
final class CustomRuntimeStart {
    /** The functions' MemorySize (stacks' globals). */
    private static final int MEMORY_MB = 1024;
    private final Path task;
    private final Path javaHome;

    /** The artifact unpacked once: every start of its functions runs from the same task root, as in Lambda. */
    CustomRuntimeStart(Path zip, Path task, Path javaHome) throws IOException {
        if (!Files.isDirectory(javaHome.resolve("bin"))) {
            throw new IllegalStateException("no linked Java runtime in " + javaHome
                    + ": build the artifacts without -Dlambda.runtime.skip");
        }
        this.task = LambdaTaskRoot.unpack(zip, task);
        this.javaHome = javaHome;
    }

    /** Whether the artifact can start on the custom runtime (it was packaged with its bootstrap). */
    static boolean offeredBy(Path zip) throws IOException {
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            return z.getEntry("bootstrap") != null;
        }
    }

    /**
     * Starts the handler's runtime with the function's environment, sends it the event and returns
     * {@code [milliseconds to the answer, -, "init=…ms,first-call=…ms", the answer]} (the probe's shape, without its
     * count of classes).
     */
    String[] start(String handler, String event, Map<String, String> environment) throws Exception {
        try (RuntimeApiStandIn api = new RuntimeApiStandIn("arn:aws-cn:lambda:cn-north-1:000000000000:function:bench")) {
            ProcessBuilder pb = new ProcessBuilder(task.resolve("bootstrap").toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(environment);
            pb.environment().putAll(Map.of("AWS_LAMBDA_RUNTIME_API", api.address(), "LAMBDA_TASK_ROOT",
                    task.toString(), "_HANDLER", handler, "CLINIC_JAVA_HOME", javaHome.toString(),
                    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(MEMORY_MB)));
            // the memory Lambda's container gives the function (its JVM sizes its heap from it)
            pb.environment().merge("JAVA_TOOL_OPTIONS", "-XX:MaxRAM=" + MEMORY_MB + "m", (a, b) -> a + " " + b);
            var answer = api.invoke(event);
            long start = System.nanoTime();
            Process runtime = pb.start();
            try {
                RuntimeApiStandIn.Answer a = answer.get(2, TimeUnit.MINUTES);
                long end = System.nanoTime();
                if (a.error()) {
                    throw new IllegalStateException(handler + " failed on the custom runtime: " + a.body());
                }
                long init = (api.firstPoll() - start) / 1_000_000;
                return new String[] {Double.toString((end - start) / 1e6), "-",
                        "init=" + init + "ms,first-call=" + ((end - api.firstPoll()) / 1_000_000) + "ms", a.body()};
            } finally {
                runtime.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
