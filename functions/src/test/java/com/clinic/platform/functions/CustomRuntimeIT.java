package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.LambdaTaskRoot;
import com.clinic.emulators.RuntimeApiStandIn;
import com.clinic.emulators.Template;
import com.clinic.platform.runtime.CustomRuntimeArtifacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department's artifact as Lambda's custom runtime ({@code provided.al2023}) runs it: unpacked as Lambda unpacks
 * it (modes and times kept), its {@code bootstrap} started with the packaged Java runtime of the layer against a
 * local stand-in of the Lambda Runtime API, it takes two invocations in one process and answers each; the
 * department's class archive is used (the JVM reports no mismatch nor any other warning, and most classes it loads
 * come from it).
 * An HTTP function and a queue worker are started so.
 */
class CustomRuntimeIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBootstrapServesInvocationsFromTheRuntimeApiWithTheClassDataArchive(@TempDir Path dir) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Template.locate().resolveSibling("events")
                .resolve("GetVisitFunction.json").toFile());
        ((ObjectNode) event.get("pathParameters")).put("code", "not-a-visit-code");
        serveTwice(dir, "front-office", "GetVisitFunction", event.toString(), response -> {
            assertEquals(404, response.path("statusCode").asInt(), response.toString());
            assertTrue(response.path("body").asText().contains("/problems/not-found"), response.toString());
        });
    }

    /** A queue worker answers Lambda's partial batch response: its one message fails, the table out of reach. */
    @Test
    void aQueueWorkerReadsTheBatchAsAStreamAndReportsTheFailedMessage(@TempDir Path dir) throws Exception {
        String event = Files.readString(Template.locate().resolveSibling("events")
                .resolve("DeliverNotificationsFunction.json"));
        String id = JSON.readTree(event).path("Records").path(0).path("messageId").asText();
        serveTwice(dir, "office", "DeliverNotificationsFunction", event, response -> assertEquals(
                "[{\"itemIdentifier\":\"" + id + "\"}]", response.path("batchItemFailures").toString()));
    }

    /**
     * The function's artifact unpacked as Lambda unpacks it (modes and times kept), its {@code bootstrap} started
     * against the Runtime API stand-in with the table's endpoint closed; two invocations in one process, each
     * answer checked; the class archive used. The function takes the event as a stream (Lambda's runtimes prefer it
     * to a typed handler): the runtime client's reflective reader is never initialised (an ahead-of-time cache loads
     * every class it holds at start, this one too where the department's typed functions need it, but running its
     * initialiser is what a start would pay for).
     */
    private static void serveTwice(Path dir, String department, String functionId, String event,
                                   Consumer<JsonNode> check) throws Exception {
        Path functions = Template.locate().resolveSibling("functions");
        Path task = dir.resolve("task");
        LambdaTaskRoot.unpack(functions.resolve("target/lambda/" + department + ".zip"), task);
        Template.Resource function = DeploymentArtifactIT.TEMPLATE.resourcesOfType("AWS::Serverless::Function")
                .stream().filter(f -> f.id().equals(functionId)).findFirst().orElseThrow();
        try (RuntimeApiStandIn api = new RuntimeApiStandIn("arn:aws-cn:lambda:cn-north-1:000000000000:function:x")) {
            assertTrue(Files.isExecutable(task.resolve("bootstrap")), "Lambda runs the bootstrap itself");
            ProcessBuilder pb = new ProcessBuilder(task.resolve("bootstrap").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
            Map<String, String> env = pb.environment();
            Template.environment(function).forEach((k, v) -> env.put(k, String.valueOf(v)));
            String closed = "http://127.0.0.1:9";
            env.putAll(api.runtimeEnvironment(task, function.properties().get("Handler").toString()));
            env.putAll(Map.of("CLINIC_JAVA_HOME", functions.resolve("target/runtime-layer/java").toString(),
                    "AWS_REGION", "cn-north-1",
                    "CLINIC_LOCAL_CREDENTIALS", "probe:probe", "CLINIC_ENDPOINT_DYNAMODB", closed,
                    "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + dir.resolve("classes.log")
                            + " -Xlog:class+init=info:file=" + dir.resolve("initialised.log")));
            Process runtime = pb.start();
            try {
                for (int i = 0; i < 2; i++) {
                    RuntimeApiStandIn.Answer answer = api.invoke(event).get(90, TimeUnit.SECONDS);
                    assertFalse(answer.error(), answer.body());
                    check.accept(JSON.readTree(answer.body()));
                }
                assertTrue(runtime.isAlive(), "one process serves both invocations");
            } finally {
                runtime.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        String out = Files.readString(dir.resolve("out.txt"));
        assertFalse(out.contains("[cds]") || out.contains("[aot]"), "the JVM reports a class archive problem:\n" + out);
        assertTrue(out.lines().noneMatch(l -> l.startsWith("WARNING:")), "the JVM warns:\n" + out);
        List<String> loaded = Files.readAllLines(dir.resolve("classes.log")).stream()
                .filter(l -> l.contains("source:")).toList();
        long shared = loaded.stream().filter(l -> l.contains("shared objects file")).count();
        assertTrue(shared > 0.8 * loaded.size(), shared + " of " + loaded.size() + " classes from the archives");
        assertTrue(Files.readAllLines(dir.resolve("initialised.log")).stream().anyMatch(l -> l.contains("Initializing")));
        assertTrue(Files.readAllLines(dir.resolve("initialised.log")).stream()
                        .noneMatch(l -> l.contains("/serialization/factories/JacksonFactory'")),
                "the runtime client's reflective reader is never initialised");
    }

    /**
     * The layer runs on Amazon Linux 2023 (no native library needs a newer glibc than its 2.34; what the runtime's
     * font and picture libraries need is in the layer or left to the image's glibc and C++ runtime), and a function
     * with it fits Lambda's 250 MB of unpacked code and layers.
     */
    @Test
    void theJavaLayerRunsOnAmazonLinux2023AndFitsInLambda() throws Exception {
        Path functions = Template.locate().resolveSibling("functions");
        Path layer = functions.resolve("target/runtime-layer");
        assertTrue(Files.isExecutable(layer.resolve("java/bin/java")), "the layer's Java at /opt/java");
        long layerBytes = 0;
        List<Path> files;
        try (var all = Files.walk(layer)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            layerBytes += Files.size(f);
            if (elf(f)) {
                String needs = CustomRuntimeArtifacts.glibcNeeded(f);
                assertTrue(CustomRuntimeArtifacts.versionKey(needs).compareTo(
                        CustomRuntimeArtifacts.versionKey(CustomRuntimeArtifacts.GLIBC)) <= 0, f + " needs glibc " + needs);
            }
        }
        Process ldd = new ProcessBuilder("ldd", layer.resolve("java/lib/libfontmanager.so").toString()).start();
        for (String line : new String(ldd.getInputStream().readAllBytes()).split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 3 && parts[1].equals("=>") && parts[2].startsWith("/")
                    && !parts[2].startsWith(layer.toString())) {
                assertTrue(Files.exists(layer.resolve("lib").resolve(parts[0]))
                        || CustomRuntimeArtifacts.FROM_THE_IMAGE.stream().anyMatch(parts[0]::startsWith),
                        parts[0] + " is neither in the layer nor in AL2023's minimal image");
            }
        }
        long largestFunction = 0;
        try (var zips = Files.list(functions.resolve("target/lambda"))) {
            for (Path zip : zips.toList()) {
                try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
                    long unpacked = 0;
                    for (var e : java.util.Collections.list(z.getEntries())) {
                        unpacked += e.getSize();
                    }
                    largestFunction = Math.max(largestFunction, unpacked);
                }
            }
        }
        assertTrue(largestFunction + layerBytes <= 250L * 1000 * 1000, "a function and its layer unpacked: "
                + largestFunction + " + " + layerBytes + " bytes");
    }

    private static boolean elf(Path f) throws java.io.IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
        }
    }
}
