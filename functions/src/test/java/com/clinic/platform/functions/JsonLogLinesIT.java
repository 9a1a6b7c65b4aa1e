package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What ops read in CloudWatch: a function started from its artifact as Lambda starts it, in Lambda's JSON log
 * format, writes one JSON object per line with the level and the function, and each line of the invocation also
 * carries the runtime's request id ({@code AWSRequestId}) and the route; no line holds the customer's name or
 * phone that the request carried. The DynamoDB endpoint is a closed port, so the request fails and is logged.
 */
class JsonLogLinesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"com.clinic.frontoffice.functions.booking.BookAppointmentFunction, ERROR, com.clinic.platform.api.ApiFunction",
            "com.clinic.office.functions.notifications.DeliverNotificationsFunction, WARN, com.clinic.platform.api.QueueWorker"})
    void everyLineIsJsonAndTheInvocationsCarryItsRequestId(String handler, String level, String logger,
                                                          @TempDir Path dir) throws Exception {
        Template.Resource function = DeploymentArtifactIT.TEMPLATE.resourcesOfType("AWS::Serverless::Function")
                .stream().filter(f -> f.properties().get("Handler").toString().equals(handler))
                .findFirst().orElseThrow();
        Template stack = DeploymentArtifactIT.departments()
                .filter(s -> s.ownResources().containsKey(function.id())).findFirst().orElseThrow();
        DeploymentArtifactIT.unpack(DeploymentArtifactIT.artifact(stack), dir.resolve("task"));
        Path probe = dir.resolve("probe/com/clinic/platform/functions");
        Files.createDirectories(probe);
        List<String> probeClasses = List.of(LogLinesProbe.class.getSimpleName(), LambdaContexts.class.getSimpleName(),
                HttpEvents.class.getSimpleName());
        try (var classes = Files.list(Path.of("target/test-classes/com/clinic/platform/functions"))) {
            for (Path c : classes.filter(f -> probeClasses.contains(f.getFileName().toString()
                    .replaceFirst("[$.].*", ""))).toList()) {
                Files.copy(c, probe.resolve(c.getFileName()));
            }
        }
        String requestId = UUID.randomUUID().toString();
        ProcessBuilder pb = new ProcessBuilder("java", "-cp", String.join(java.io.File.pathSeparator,
                dir.resolve("task").toString(), dir.resolve("task/lib/*").toString(), dir.resolve("probe").toString()),
                LogLinesProbe.class.getName(), handler, requestId);
        Map<String, String> env = pb.environment();
        Template.environment(function).forEach((k, v) -> env.put(k, String.valueOf(v)));
        String closed = "http://127.0.0.1:" + closedPort();
        env.putAll(Map.of("AWS_REGION", "cn-north-1", "CLINIC_LOCAL_CREDENTIALS", "probe:probe",
                "CLINIC_ENDPOINT_DYNAMODB", closed, "CLINIC_ENDPOINT_SQS", closed, "CLINIC_ENDPOINT_S3", closed,
                "AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_FUNCTION_NAME", "clinic-" + function.id()));
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).toList();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the function did not finish");
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertTrue(stderr.contains("ANSWERED"), "the function did not answer:\n" + stderr);

        List<JsonNode> invocation = new ArrayList<>();
        for (String line : lines) {
            assertFalse(line.contains(LogLinesProbe.CUSTOMER_PHONE) || line.contains(LogLinesProbe.CUSTOMER_NAME),
                    "a log line holds the customer's personal data: " + line);
            JsonNode node = JSON.readTree(line);
            assertTrue(node.isObject() && node.hasNonNull("level") && node.hasNonNull("message"), "not a log event: " + line);
            assertEquals("clinic-" + function.id(), node.path("function").asText(), line);
            if (node.has("AWSRequestId")) {
                invocation.add(node);
            }
        }
        JsonNode failure = invocation.stream().filter(n -> n.path("logger").asText().equals(logger)).findFirst()
                .orElseThrow(() -> new AssertionError("no line of the invocation from " + logger + ":\n" + lines));
        assertEquals(level, failure.path("level").asText());
        assertEquals(requestId, failure.path("AWSRequestId").asText());
        for (JsonNode n : invocation) {
            assertEquals(requestId, n.path("AWSRequestId").asText(), n.toString());
        }
        if (logger.endsWith("ApiFunction")) {
            assertEquals("POST /visits", failure.path("route").asText(), failure.toString());
            assertTrue(failure.path("stackTrace").asText().contains("SdkClientException"), failure.toString());
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
