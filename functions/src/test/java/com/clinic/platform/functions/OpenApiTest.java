package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.Template.HttpRoute;
import com.clinic.emulators.Template;
import com.clinic.platform.Role;
import com.clinic.platform.api.ApiFunction;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** openapi.yaml held against template.yaml's routes and the roles each handler checks. */
class OpenApiTest {

    static Map<String, Class<?>> templateRoutes() throws Exception {
        Map<String, Class<?>> routes = new java.util.TreeMap<>();
        Template template = Template.loadDefault();
        for (HttpRoute route : template.httpRoutes()) {
            String handler = (String) template.resources().get(route.functionId()).properties().get("Handler");
            routes.put(route.method().toLowerCase() + " " + route.path(),
                    Class.forName(handler));
        }
        return routes;
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsExactlyTheTemplatesRoutes() throws Exception {
        Set<String> documented = new TreeSet<>();
        ((Map<String, Map<String, Object>>) OpenApi.DOC.get("paths")).forEach((path, item) ->
                item.keySet().forEach(method -> documented.add(method + " " + path)));
        assertEquals(templateRoutes().keySet(), documented);
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsTheRolesEachHandlerChecksAndItsRefusals() throws Exception {
        for (Map.Entry<String, Class<?>> route : templateRoutes().entrySet()) {
            String[] mp = route.getKey().split(" ", 2);
            Map<String, Object> op = OpenApi.operation(mp[0], mp[1]);
            Set<Role> documented = ((List<String>) op.get("x-roles")).stream().map(Role::valueOf)
                    .collect(Collectors.toSet());
            assertEquals(ApiFunction.allowedRoles(route.getValue()), documented, route.getKey());
            Set<String> statuses = new HashSet<>(((Map<String, Object>) op.get("responses")).keySet());
            assertTrue(statuses.containsAll(Set.of("401", "403")), route.getKey());
            if (op.containsKey("requestBody") || String.valueOf(op.get("parameters")).contains("Limit")) {
                assertTrue(statuses.contains("400"), route.getKey() + " takes input but documents no 400");
            }
            if (String.valueOf(op.get("parameters")).contains("IfMatch")) {
                assertTrue(statuses.containsAll(Set.of("409", "428")), route.getKey());
            }
            assertNotNull(op.get("summary"), route.getKey());
        }
    }

    /** A real OpenAPI parser reads the document without a single message (an error or a warning). */
    @Test
    void aRealParserReadsTheContractWithoutAMessage() throws Exception {
        io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setResolve(true);
        io.swagger.v3.parser.core.models.SwaggerParseResult result = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(java.nio.file.Files.readString(Template.locate().resolveSibling("openapi.yaml")), null,
                        options);
        assertNotNull(result.getOpenAPI(), String.valueOf(result.getMessages()));
        assertEquals(List.of(), result.getMessages());
    }

    /** Every operation tells what it does; its request body and its answers come with examples that fit them. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDescribedWithExamplesOfItsRequestAndAnswer() throws Exception {
        for (String route : templateRoutes().keySet()) {
            String[] mp = route.split(" ", 2);
            Map<String, Object> op = OpenApi.operation(mp[0], mp[1]);
            assertTrue(String.valueOf(op.get("description")).length() > 20, route + " has no description");
            if (op.containsKey("requestBody")) {
                OpenApi.assertRequestExampleConforms(mp[0], mp[1]);
            }
            OpenApi.assertAnswerExamplesConform(mp[0], mp[1]);
        }
    }

    /** The contract's mobile pattern is the server's rule: the same numbers pass both, for every prefix. */
    @Test
    @SuppressWarnings("unchecked")
    void theMobilePatternIsTheServersRule() {
        assertEquals(schema("MobileInput").get("pattern"), schema("OptionalMobileInput").get("pattern"));
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile((String) schema("MobileInput")
                .get("pattern"));
        for (int prefix = 10000; prefix < 20000; prefix++) {
            for (String rest : List.of("000000", "123456", "999999")) {
                String n = prefix + rest;
                assertEquals(com.clinic.platform.Phones.mainlandMobile(n) != null, pattern.matcher(n).matches(), n);
            }
        }
    }

    /** Every free-text path parameter (an id, a code) is described by the server's own rule for it. */
    @Test
    @SuppressWarnings("unchecked")
    void pathIdsAreDescribedByTheServersRule() {
        String rule = "^" + com.clinic.platform.api.ApiRequest.PATH_ID.pattern() + "$";
        List<String> loose = new java.util.ArrayList<>();
        ((Map<String, Map<String, Object>>) OpenApi.DOC.get("paths")).forEach((path, item) -> item.forEach((m, op) -> {
            for (Object p : (List<Object>) ((Map<String, Object>) op).getOrDefault("parameters", List.of())) {
                Map<String, Object> param = com.clinic.emulators.Contract.resolve((Map<String, Object>) p);
                Map<String, Object> s = (Map<String, Object>) param.get("schema");
                if ("path".equals(param.get("in")) && "string".equals(s.get("type")) && !s.containsKey("enum")
                        && !s.containsKey("format") && !param.get("name").equals("templateId")
                        && !rule.equals(s.get("pattern"))) {
                    loose.add(m + " " + path + " {" + param.get("name") + "}");
                }
            }
        }));
        assertEquals(List.of(), loose);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(String name) {
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) OpenApi.DOC.get("components"))
                .get("schemas")).get(name);
    }

    /** Every phone a request carries (body field or query) is described as the server reads it. */
    @Test
    @SuppressWarnings("unchecked")
    void everyPhoneARequestTakesIsAMobileInput() throws Exception {
        List<String> loose = new java.util.ArrayList<>();
        for (String route : templateRoutes().keySet()) {
            String[] mp = route.split(" ", 2);
            phones(OpenApi.requestSchema(OpenApi.operation(mp[0], mp[1])), route + " $", loose);
        }
        assertEquals(List.of(), loose);
    }

    @SuppressWarnings("unchecked")
    private static void phones(Object node, String at, List<String> loose) {
        if (node == null) {
            return;
        }
        Map<String, Object> schema = OpenApi.schemaOf(node);
        if (schema.get("items") != null) {
            phones(schema.get("items"), at + "[]", loose);
        }
        ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).forEach((name, prop) -> {
            if (name.toLowerCase().endsWith("phone") && !List.of("#/components/schemas/MobileInput",
                    "#/components/schemas/OptionalMobileInput").contains(((Map<String, Object>) prop).get("$ref"))) {
                loose.add(at + "." + name);
            } else {
                phones(prop, at + "." + name, loose);
            }
        });
    }
}
