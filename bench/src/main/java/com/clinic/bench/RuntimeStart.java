package com.clinic.bench;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.clinic.emulators.LambdaTaskRoot;
import com.clinic.emulators.RuntimeApiStandIn;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One cold start as Lambda makes it: the artifact unpacked into a task root, its runtime started against a
 * stand-in of the Lambda Runtime API, which hands it one event; the time runs from the process's start to the
 * answer the runtime posts, and the runtime asking for its first event marks the end of its initialisation.
 * Either runtime: the custom one ({@code provided.al2023}: the zip's {@code bootstrap}, the layer's Java and the
 * zip's class-data archive) or the managed one (a plain {@code java} running AWS's runtime interface client, which
 * the managed Java runtime brings itself, on the zip's classes and jars).
 */
final class RuntimeStart {
    /** The functions' MemorySize (stacks' globals). */
    private static final int MEMORY_MB = 1024;
    private final Path task;
    /** The runtime's command for a handler. */
    private final Function<String, List<String>> command;
    private final Map<String, String> runtimeEnvironment;

    private RuntimeStart(Path zip, Path task, Function<String, List<String>> command,
                         Map<String, String> runtimeEnvironment)
            throws IOException {
        this.task = LambdaTaskRoot.unpack(zip, task);
        this.command = command;
        this.runtimeEnvironment = runtimeEnvironment;
    }

    /** The custom runtime: the zip's bootstrap with the layer's Java (functions/target/runtime-layer/java). */
    static RuntimeStart custom(Path zip, Path task, Path javaHome) throws IOException {
        if (!Files.isDirectory(javaHome.resolve("bin"))) {
            throw new IllegalStateException("no linked Java runtime in " + javaHome
                    + ": build the artifacts without -Dlambda.runtime.skip");
        }
        // Lambda runs the bootstrap alone: it reads the handler from _HANDLER
        return new RuntimeStart(zip, task, handler -> List.of(task.resolve("bootstrap").toString()),
                Map.of("CLINIC_JAVA_HOME", javaHome.toString()));
    }

    /**
     * The managed Java runtime: its runtime interface client and serializers (from this classpath), then the task
     * root and its jars, the serial collector it uses; {@code extra} adds the bench's plain handlers.
     */
    static RuntimeStart managed(Path zip, Path task, String extra) throws IOException {
        List<String> classpath = new ArrayList<>(List.of(jarOf(AWSLambda.class), jarOf(
                com.amazonaws.services.lambda.runtime.serialization.PojoSerializer.class), task.toString(),
                task.resolve("lib") + "/*", extra));
        return new RuntimeStart(zip, task, handler -> List.of("java", "-XX:+UseSerialGC", "-cp",
                String.join(File.pathSeparator, classpath), AWSLambda.class.getName(), handler), Map.of());
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the artifact can start on the custom runtime (it was packaged with its bootstrap). */
    static boolean customOffered(Path zip) throws IOException {
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
            ProcessBuilder pb = new ProcessBuilder(command.apply(handler)).directory(task.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(environment);
            pb.environment().putAll(runtimeEnvironment);
            pb.environment().putAll(api.runtimeEnvironment(task, handler));
            pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(MEMORY_MB));
            // the memory Lambda's container gives the function (its JVM sizes its heap from it)
            pb.environment().merge("JAVA_TOOL_OPTIONS", "-XX:MaxRAM=" + MEMORY_MB + "m", (a, b) -> a + " " + b);
            var answer = api.invoke(event);
            long start = System.nanoTime();
            Process runtime = pb.start();
            try {
                RuntimeApiStandIn.Answer a = answer.get(2, TimeUnit.MINUTES);
                long end = System.nanoTime();
                if (a.error()) {
                    throw new IllegalStateException(handler + " failed in its runtime: " + a.body());
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
