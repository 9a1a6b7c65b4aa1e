package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinic.emulators.Contract;
import java.util.List;
import java.util.Map;

/** openapi.yaml for the tests: its operations and schemas, and assertions that answers and examples keep to it. */
public final class OpenApi {
    public static final Map<String, Object> DOC = Contract.DOC;

    private OpenApi() {
    }

    public static Map<String, Object> operation(String method, String path) {
        return Contract.operation(method, path);
    }

    /** Fails unless the body is what openapi.yaml documents for this route, status and content type. */
    public static void assertConforms(String routeKey, int status, String contentType, String body) {
        assertEquals(List.of(), Contract.violations(routeKey, status, contentType, body));
    }

    /** Fails unless each success answer of the operation that has a body shows an example that fits its schema. */
    @SuppressWarnings("unchecked")
    public static void assertAnswerExamplesConform(String method, String path) {
        ((Map<String, Object>) operation(method, path).get("responses")).forEach((status, r) -> {
            Map<String, Object> declared = (Map<String, Object>) r;
            Map<String, Object> response = resolve(declared);
            if (!status.startsWith("2") || !response.containsKey("content")) {
                return;
            }
            Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) response.get("content"))
                    .get("application/json");
            assertNotNull(media.get("example"), method + " " + path + " " + status + " has no example answer");
            String at = declared.get("$ref") instanceof String ref ? ref
                    : Contract.pointer(method, path) + "/responses/" + status;
            assertEquals(List.of(), Contract.conforms(at + "/content/application~1json/schema", media.get("example"),
                    method + " " + path + " " + status + " example $"));
        });
    }

    /** Fails unless the operation's request example is what its request schema documents. */
    @SuppressWarnings("unchecked")
    public static void assertRequestExampleConforms(String method, String path) {
        Map<String, Object> body = (Map<String, Object>) operation(method, path).get("requestBody");
        Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) body.get("content"))
                .get("application/json");
        assertNotNull(media.get("example"), method + " " + path + " has no request example");
        assertEquals(List.of(), Contract.conforms(Contract.pointer(method, path)
                + "/requestBody/content/application~1json/schema", media.get("example"),
                method + " " + path + " request example $"));
    }

    /** The top-level property names of a schema (its $ref and allOf followed); none for a non-object. */
    @SuppressWarnings("unchecked")
    public static java.util.Set<String> properties(Object schemaNode) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (schemaNode == null) {
            return out;
        }
        Map<String, Object> schema = resolve((Map<String, Object>) schemaNode);
        if (schema.get("properties") instanceof Map<?, ?> props) {
            props.keySet().forEach(k -> out.add((String) k));
        }
        if (schema.get("allOf") instanceof List<?> parts) {
            parts.forEach(part -> out.addAll(properties(part)));
        }
        return out;
    }

    /** A schema with its $ref followed and, for an allOf of objects, its parts' properties together. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> schemaOf(Object node) {
        Map<String, Object> schema = resolve((Map<String, Object>) node);
        if (schema.get("allOf") instanceof List<?> parts) {
            Map<String, Object> props = new java.util.LinkedHashMap<>();
            for (Object part : parts) {
                Map<String, Object> p = schemaOf(part);
                props.putAll((Map<String, Object>) p.getOrDefault("properties", Map.of()));
                if (!p.containsKey("properties") && p.containsKey("type")) {
                    return p;
                }
            }
            return Map.of("type", "object", "properties", props);
        }
        return schema;
    }

    /** The JSON schema of an operation's request body, or null when it takes none. */
    @SuppressWarnings("unchecked")
    public static Object requestSchema(Map<String, Object> op) {
        if (!(op.get("requestBody") instanceof Map<?, ?> body)) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) resolve((Map<String, Object>) body).get("content");
        Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
        return json == null ? null : json.get("schema");
    }

    /** The JSON schema of an operation's first success answer (200, 201 or 202), or null. */
    @SuppressWarnings("unchecked")
    public static Object successSchema(Map<String, Object> op) {
        Map<String, Object> responses = (Map<String, Object>) op.get("responses");
        for (String status : List.of("200", "201", "202")) {
            if (responses.get(status) instanceof Map<?, ?> r) {
                Map<String, Object> content = (Map<String, Object>) resolve((Map<String, Object>) r).get("content");
                if (content != null && content.get("application/json") instanceof Map<?, ?> media) {
                    return media.get("schema");
                }
            }
        }
        return null;
    }

    private static Map<String, Object> resolve(Map<String, Object> node) {
        return Contract.resolve(node);
    }
}
