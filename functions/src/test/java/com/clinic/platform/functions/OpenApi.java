package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.clinic.emulators.Template;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** openapi.yaml, and a check that an answer matches the schema it documents, field by field. */
public final class OpenApi {
    public static final Map<String, Object> DOC = load();
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private OpenApi() {
    }

    private static Map<String, Object> load() {
        try (Reader r = Files.newBufferedReader(Template.locate().getParent().resolve("openapi.yaml"))) {
            return new Yaml().load(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> operation(String method, String path) {
        Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) DOC.get("paths")).get(path);
        return item == null ? null : (Map<String, Object>) item.get(method.toLowerCase());
    }

    /** Fails unless the body is what openapi.yaml documents for this route, status and content type. */
    @SuppressWarnings("unchecked")
    public static void assertConforms(String routeKey, int status, String contentType, String body) {
        String[] parts = routeKey.split(" ", 2);
        Map<String, Object> op = operation(parts[0], parts[1]);
        assertNotNull(op, routeKey + " is not documented");
        Map<String, Object> response = (Map<String, Object>) ((Map<String, Object>) op.get("responses"))
                .get(Integer.toString(status));
        assertNotNull(response, routeKey + " does not document " + status);
        response = resolve(response);
        String type = contentType.split(";")[0].strip();
        Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) response.get("content")).get(type);
        assertNotNull(media, routeKey + " " + status + " does not document " + type);
        try {
            check(media.get("schema"), JSON.readValue(body, Object.class), routeKey + " " + status + " $");
        } catch (IOException e) {
            fail(routeKey + " answered no JSON: " + body);
        }
    }

    /** Fails unless each success answer of the operation that has a body shows an example that fits its schema. */
    @SuppressWarnings("unchecked")
    public static void assertAnswerExamplesConform(String method, String path) {
        ((Map<String, Object>) operation(method, path).get("responses")).forEach((status, r) -> {
            Map<String, Object> response = resolve((Map<String, Object>) r);
            if (!status.startsWith("2") || !response.containsKey("content")) {
                return;
            }
            Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) response.get("content"))
                    .get("application/json");
            assertNotNull(media.get("example"), method + " " + path + " " + status + " has no example answer");
            check(media.get("schema"), media.get("example"), method + " " + path + " " + status + " example $");
        });
    }

    /** Fails unless the operation's request example is what its request schema documents. */
    @SuppressWarnings("unchecked")
    public static void assertRequestExampleConforms(String method, String path) {
        Map<String, Object> body = (Map<String, Object>) operation(method, path).get("requestBody");
        Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) body.get("content"))
                .get("application/json");
        assertNotNull(media.get("example"), method + " " + path + " has no request example");
        check(media.get("schema"), media.get("example"), method + " " + path + " request example $");
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> node) {
        while (node.containsKey("$ref")) {
            Object target = DOC;
            for (String step : ((String) node.get("$ref")).substring(2).split("/")) {
                target = ((Map<String, Object>) target).get(step);
            }
            node = (Map<String, Object>) target;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void check(Object schemaNode, Object value, String at) {
        Map<String, Object> schema = resolve((Map<String, Object>) schemaNode);
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                fail(at + " is null but not nullable");
            }
            return;
        }
        if (schema.containsKey("allOf")) {
            List<Map<String, Object>> parts = ((List<Object>) schema.get("allOf")).stream()
                    .map(s -> resolve((Map<String, Object>) s)).toList();
            if (parts.stream().allMatch(s -> "object".equals(s.get("type")))) {
                // the parts of an object together: a property of one is not extra to another
                Map<String, Object> props = new java.util.LinkedHashMap<>();
                List<Object> required = new java.util.ArrayList<>();
                parts.forEach(s -> {
                    props.putAll((Map<String, Object>) s.getOrDefault("properties", Map.of()));
                    required.addAll((List<Object>) s.getOrDefault("required", List.of()));
                });
                check(Map.of("type", "object", "properties", props, "required", required), value, at);
            } else {
                parts.forEach(s -> check(s, value, at));
            }
            return;
        }
        String type = (String) schema.get("type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> {
                if (!(value instanceof Map<?, ?> map)) {
                    fail(at + " should be an object: " + value);
                    return;
                }
                Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                for (String required : (List<String>) schema.getOrDefault("required", List.of())) {
                    if (!map.containsKey(required)) {
                        fail(at + "." + required + " is required but missing");
                    }
                }
                Object extra = schema.get("additionalProperties");
                map.forEach((k, v) -> {
                    if (!props.containsKey(k) && extra instanceof Map) {
                        check(extra, v, at + "." + k);
                        return;
                    }
                    if (!props.containsKey(k)) {
                        fail(at + "." + k + " is answered but not documented");
                    }
                    check(props.get(k), v, at + "." + k);
                });
            }
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    fail(at + " should be an array: " + value);
                    return;
                }
                for (int i = 0; i < list.size(); i++) {
                    check(schema.get("items"), list.get(i), at + "[" + i + "]");
                }
            }
            case "string" -> {
                if (!(value instanceof String s)) {
                    fail(at + " should be a string: " + value);
                    return;
                }
                List<Object> allowed = (List<Object>) schema.get("enum");
                if (allowed != null && !allowed.contains(s)) {
                    fail(at + " = " + s + " is not one of " + allowed);
                }
            }
            case "integer" -> {
                if (!(value instanceof Integer || value instanceof Long)) {
                    fail(at + " should be an integer: " + value);
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    fail(at + " should be a boolean: " + value);
                }
            }
            case "number" -> {
                if (!(value instanceof Number)) {
                    fail(at + " should be a number: " + value);
                }
            }
            default -> fail(at + ": the checker does not know type " + type);
        }
    }
}
