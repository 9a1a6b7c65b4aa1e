package com.clinic.emulators;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * openapi.yaml as a front end holds the API to it: an answer's status must be declared for its route, its content
 * type documented, and its body valid against the schema (a JSON Schema validator in the OpenAPI 3.0 dialect, for
 * types, nullability, enums, patterns and formats) with no field the schema does not name (a stricter walk, since
 * the schemas leave {@code additionalProperties} open for composition).
 */
public final class Contract {
    public static final Path FILE = Template.locate().resolveSibling("openapi.yaml");
    public static final Map<String, Object> DOC = load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            b -> b.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .nullableKeywordEnabled(true).build();
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> ROUTES = routes();

    private Contract() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (Reader r = Files.newBufferedReader(FILE)) {
            return new Yaml().load(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pattern> routes() {
        Map<String, Pattern> out = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) DOC.get("paths")).forEach((path, item) -> item.keySet().forEach(m ->
                out.put(m.toUpperCase() + " " + path, Pattern.compile(m.toUpperCase() + " "
                        + path.replaceAll("\\{[^}]+}", "[^/]+")))));
        return out;
    }

    /** The documented route ({@code GET /visits/{code}}) a request's method and path (no query) fall under. */
    public static Optional<String> routeOf(String method, String path) {
        String request = method.toUpperCase() + " " + path;
        // a literal segment wins over a parameter: /customers/me before /customers/{id}
        return ROUTES.entrySet().stream().filter(e -> e.getValue().matcher(request).matches())
                .map(Map.Entry::getKey).min(java.util.Comparator.comparingInt(k -> k.split("\\{").length));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> operation(String method, String path) {
        Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) DOC.get("paths")).get(path);
        return item == null ? null : (Map<String, Object>) item.get(method.toLowerCase());
    }

    /** What is wrong with this answer of a documented route, by the contract; empty when nothing is. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(String routeKey, int status, String contentType, String body) {
        String[] parts = routeKey.split(" ", 2);
        Map<String, Object> op = operation(parts[0], parts[1]);
        if (op == null) {
            return List.of(routeKey + " is not documented");
        }
        Object declared = ((Map<String, Object>) op.get("responses")).get(Integer.toString(status));
        if (declared == null) {
            return List.of(routeKey + " answered " + status + ", which it does not declare");
        }
        String pointer = declared instanceof Map<?, ?> d && d.get("$ref") instanceof String ref ? ref
                : pointer(parts[0], parts[1]) + "/responses/" + status;
        Map<String, Object> response = resolve((Map<String, Object>) declared);
        if (!(response.get("content") instanceof Map<?, ?> content)) {
            return body == null || body.isEmpty() ? List.of()
                    : List.of(routeKey + " " + status + " answered a body it does not document");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip();
        if (!content.containsKey(type)) {
            return List.of(routeKey + " " + status + " answered " + type + ", documented " + content.keySet());
        }
        try {
            return conforms(pointer + "/content/" + escape(type) + "/schema", JSON.readValue(body, Object.class),
                    routeKey + " " + status + " $");
        } catch (IOException e) {
            return List.of(routeKey + " " + status + " answered no JSON: " + body);
        }
    }

    /** The JSON pointer of an operation in the document. */
    public static String pointer(String method, String path) {
        return "#/paths/" + escape(path) + "/" + method.toLowerCase();
    }

    private static String escape(String step) {
        return step.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Where a value breaks the schema at a JSON pointer of the document: by the JSON Schema validator, then by the
     * walk that refuses fields the schema does not name.
     */
    public static List<String> conforms(String pointer, Object value, String at) {
        JsonSchema schema = COMPILED.computeIfAbsent(pointer, p -> SCHEMAS.getSchema(
                SchemaLocation.of(FILE.toUri() + p.replace("{", "%7B").replace("}", "%7D")), CONFIG));
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : schema.validate(JSON.valueToTree(value))) {
            out.add(at + m.getInstanceLocation().toString().substring(1) + ": " + m.getMessage());
        }
        check(at(pointer), value, at, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object at(String pointer) {
        Object target = DOC;
        for (String step : pointer.substring(2).split("/")) {
            target = ((Map<String, Object>) target).get(step.replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> resolve(Map<String, Object> node) {
        while (node.containsKey("$ref")) {
            node = (Map<String, Object>) at((String) node.get("$ref"));
        }
        return node;
    }

    /** The walk that refuses fields a schema does not name, and checks types where the validator is not given one. */
    @SuppressWarnings("unchecked")
    private static void check(Object schemaNode, Object value, String at, List<String> out) {
        Map<String, Object> schema = resolve((Map<String, Object>) schemaNode);
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                out.add(at + " is null but not nullable");
            }
            return;
        }
        if (schema.containsKey("allOf")) {
            List<Map<String, Object>> parts = ((List<Object>) schema.get("allOf")).stream()
                    .map(s -> resolve((Map<String, Object>) s)).toList();
            if (parts.stream().allMatch(s -> "object".equals(s.get("type")))) {
                // the parts of an object together: a property of one is not extra to another
                Map<String, Object> props = new LinkedHashMap<>();
                List<Object> required = new ArrayList<>();
                parts.forEach(s -> {
                    props.putAll((Map<String, Object>) s.getOrDefault("properties", Map.of()));
                    required.addAll((List<Object>) s.getOrDefault("required", List.of()));
                });
                check(Map.of("type", "object", "properties", props, "required", required), value, at, out);
            } else {
                parts.forEach(s -> check(s, value, at, out));
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
                    out.add(at + " should be an object: " + value);
                    return;
                }
                Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                for (String required : (List<String>) schema.getOrDefault("required", List.of())) {
                    if (!map.containsKey(required)) {
                        out.add(at + "." + required + " is required but missing");
                    }
                }
                Object extra = schema.get("additionalProperties");
                ((Map<String, Object>) map).forEach((k, v) -> {
                    if (!props.containsKey(k) && extra instanceof Map) {
                        check(extra, v, at + "." + k, out);
                    } else if (!props.containsKey(k)) {
                        out.add(at + "." + k + " is answered but not documented");
                    } else {
                        check(props.get(k), v, at + "." + k, out);
                    }
                });
            }
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    out.add(at + " should be an array: " + value);
                    return;
                }
                for (int i = 0; i < list.size(); i++) {
                    check(schema.get("items"), list.get(i), at + "[" + i + "]", out);
                }
            }
            case "string" -> {
                if (!(value instanceof String s)) {
                    out.add(at + " should be a string: " + value);
                } else if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(s)) {
                    out.add(at + " = " + s + " is not one of " + allowed);
                }
            }
            case "integer" -> {
                if (!(value instanceof Integer || value instanceof Long)) {
                    out.add(at + " should be an integer: " + value);
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    out.add(at + " should be a boolean: " + value);
                }
            }
            case "number" -> {
                if (!(value instanceof Number)) {
                    out.add(at + " should be a number: " + value);
                }
            }
            default -> out.add(at + ": the checker does not know type " + type);
        }
    }
}
