package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department's artifact as Lambda's custom runtime ({@code provided.al2023}) runs it: unpacked as Lambda unpacks
 * it (modes and times kept), its {@code bootstrap} started with the packaged Java runtime of the layer against a
 * local stand-in of the Lambda Runtime API, it takes two invocations in one process and answers each; the
 * department's class-data archive is used (the JVM reports no mismatch, and most classes it loads come from it).
 */
class CustomRuntimeIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBootstrapServesInvocationsFromTheRuntimeApiWithTheClassDataArchive(@TempDir Path dir) throws Exception {
        Path functions = Template.locate().resolveSibling("functions");
        Path task = dir.resolve("task");
        unpack(functions.resolve("target/lambda/front-office.zip"), task);
        Template.Resource function = DeploymentArtifactIT.TEMPLATE.resourcesOfType("AWS::Serverless::Function")
                .stream().filter(f -> f.id().equals("GetVisitFunction")).findFirst().orElseThrow();
        ObjectNode event = (ObjectNode) JSON.readTree(Template.locate().resolveSibling("events")
                .resolve("GetVisitFunction.json").toFile());
        ((ObjectNode) event.get("pathParameters")).put("code", "not-a-visit-code");

        try (RuntimeApiStandIn api = new RuntimeApiStandIn("arn:aws-cn:lambda:cn-north-1:000000000000:function:x")) {
            assertTrue(Files.isExecutable(task.resolve("bootstrap")), "Lambda runs the bootstrap itself");
            ProcessBuilder pb = new ProcessBuilder(task.resolve("bootstrap").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
            Map<String, String> env = pb.environment();
            Template.environment(function).forEach((k, v) -> env.put(k, String.valueOf(v)));
            String closed = "http://127.0.0.1:9";
            env.putAll(Map.of("AWS_LAMBDA_RUNTIME_API", api.address(), "LAMBDA_TASK_ROOT", task.toString(),
                    "_HANDLER", function.properties().get("Handler").toString(), "CLINIC_JAVA_HOME",
                    functions.resolve("target/runtime-layer/java").toString(), "AWS_REGION", "cn-north-1",
                    "CLINIC_LOCAL_CREDENTIALS", "probe:probe", "CLINIC_ENDPOINT_DYNAMODB", closed,
                    "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + dir.resolve("classes.log")));
            Process runtime = pb.start();
            try {
                for (int i = 0; i < 2; i++) {
                    RuntimeApiStandIn.Answer answer = api.invoke(event.toString()).get(90, TimeUnit.SECONDS);
                    assertFalse(answer.error(), answer.body());
                    JsonNode response = JSON.readTree(answer.body());
                    assertEquals(404, response.path("statusCode").asInt(), answer.body());
                    assertTrue(response.path("body").asText().contains("/problems/not-found"), answer.body());
                }
                assertTrue(runtime.isAlive(), "one process serves both invocations");
            } finally {
                runtime.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        String out = Files.readString(dir.resolve("out.txt"));
        assertFalse(out.contains("[cds]"), "the JVM reports a class-data archive problem:\n" + out);
        List<String> loaded = Files.readAllLines(dir.resolve("classes.log")).stream()
                .filter(l -> l.contains("source:")).toList();
        long shared = loaded.stream().filter(l -> l.contains("shared objects file")).count();
        assertTrue(shared > 0.8 * loaded.size(), shared + " of " + loaded.size() + " classes from the archives");
    }

    /** As Lambda unpacks an artifact: each file with its mode (the bootstrap executable) and its time. */
    private static void unpack(Path zip, Path to) throws Exception {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path out = to.resolve(e.getName());
                Files.createDirectories(out.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, out);
                }
                out.toFile().setExecutable((e.getUnixMode() & 0100) != 0);
                Files.setLastModifiedTime(out, e.getLastModifiedTime());
            }
        }
    }
}
