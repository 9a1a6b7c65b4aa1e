package com.clinic.emulators;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * template.yaml and the department stacks it nests, read as data, with CloudFormation's short-form functions
 * ({@code !Ref}, {@code !GetAtt}, {@code !Sub}, …) kept as {@link Intrinsic} values. The local cloud builds its
 * resources and routes from it, and the template tests check it, so the deployed stacks and the local one cannot
 * drift apart.
 */
public final class Template {
    private static final List<String> TAGS = List.of("Ref", "GetAtt", "Sub", "Split", "Join", "If", "Select",
            "Equals", "Not", "And", "Or", "FindInMap", "ImportValue", "Base64", "Condition", "GetAZs", "Cidr");

    private final Path file;
    private final Map<String, Object> written;
    private final Map<String, Object> root;
    private final List<Template> nested = new ArrayList<>();
    private Map<String, Resource> all;

    private Template(Path file, Map<String, Object> written, Map<String, Object> root) {
        this.file = file;
        this.written = written;
        this.root = root;
    }

    /** A short-form function: {@code name} without the "!" and its argument (a scalar, list or map). */
    public record Intrinsic(String name, Object value) {
    }

    /** One resource of the template, with the stack it is written in. */
    public record Resource(String id, String type, Map<String, Object> properties, Map<String, Object> raw,
                           Template stack) {
    }

    /** An explicit route of the HTTP API ({@code AWS::ApiGatewayV2::Route}) and the function its integration calls. */
    public record HttpRoute(String method, String path, String functionId, Resource route) {
    }

    /** The root template and the department stacks it nests ({@code AWS::Serverless::Application}). */
    public static Template load(Path file) throws IOException {
        Template t = read(file, Map.of());
        for (Resource app : t.ownResources().values().stream()
                .filter(r -> r.type().equals("AWS::Serverless::Application")).toList()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> passed = (Map<String, Object>) app.properties().getOrDefault("Parameters", Map.of());
            t.nested.add(read(file.resolveSibling((String) app.properties().get("Location")), passed));
        }
        return t;
    }

    /**
     * A template whose parameters are replaced by what its parent passes, so that its resources read as if they
     * were written in the parent: {@code !Ref TableName} becomes the parent's {@code !Ref ClinicTable}.
     */
    private static Template read(Path file, Map<String, Object> passed) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> written = new Yaml(new CfnConstructor()).load(reader);
            @SuppressWarnings("unchecked")
            Map<String, Object> bound = (Map<String, Object>) bind(written, passed);
            return new Template(file, written, bound);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object bind(Object node, Map<String, Object> passed) {
        if (passed.isEmpty()) {
            return node;
        }
        if (node instanceof Intrinsic i) {
            if ("Ref".equals(i.name()) && passed.containsKey((String) i.value())) {
                return passed.get((String) i.value());
            }
            if ("Sub".equals(i.name()) && i.value() instanceof String text) {
                for (Map.Entry<String, Object> p : passed.entrySet()) {
                    if (text.contains("${" + p.getKey() + "}")) {
                        text = text.replace("${" + p.getKey() + "}", inSub(p.getValue()));
                    }
                }
                return new Intrinsic("Sub", text);
            }
            return new Intrinsic(i.name(), bind(i.value(), passed));
        }
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, bind(v, passed)));
            return out;
        }
        if (node instanceof List<?> l) {
            return l.stream().map(v -> bind(v, passed)).toList();
        }
        return node;
    }

    /** A passed value as it stands inside a parent's {@code !Sub} string. */
    private static String inSub(Object value) {
        if (value instanceof Intrinsic i) {
            return switch (i.name()) {
                case "Ref" -> "${" + i.value() + "}";
                case "GetAtt" -> "${" + String.join(".", ((List<?>) i.value()).stream().map(String::valueOf)
                        .toList()) + "}";
                case "Sub" -> (String) i.value();
                default -> throw new IllegalArgumentException("cannot pass !" + i.name() + " into a !Sub");
            };
        }
        return String.valueOf(value);
    }

    /** The template at the project root, found from the working folder or the {@code project.root} property. */
    public static Path locate() {
        String root = System.getProperty("project.root");
        Path start = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("template.yaml")) && Files.exists(p.resolve("functions"))) {
                return p.resolve("template.yaml");
            }
        }
        throw new IllegalStateException("template.yaml not found above " + start);
    }

    public static Template loadDefault() {
        try {
            return load(locate());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return file.getFileName().toString();
    }

    /** This stack as written (before its parent's parameters are bound). */
    public Map<String, Object> written() {
        return written;
    }

    public Map<String, Object> root() {
        return root;
    }

    /** This stack and the stacks it nests, root first. */
    public List<Template> stacks() {
        List<Template> all = new ArrayList<>(List.of(this));
        nested.forEach(n -> all.addAll(n.stacks()));
        return all;
    }

    /** The resources of this stack only. */
    @SuppressWarnings("unchecked")
    public Map<String, Resource> ownResources() {
        Map<String, Resource> out = new LinkedHashMap<>();
        ((Map<String, Object>) root.get("Resources")).forEach((id, value) -> {
            Map<String, Object> raw = (Map<String, Object>) value;
            Map<String, Object> props = (Map<String, Object>) raw.getOrDefault("Properties", Map.of());
            out.put(id, new Resource(id, (String) raw.get("Type"), props, raw, this));
        });
        return out;
    }

    /** The resources of every stack of the deployment (logical ids are unique across them). */
    public synchronized Map<String, Resource> resources() {
        if (all != null) {
            return all;
        }
        Map<String, Resource> out = new LinkedHashMap<>();
        for (Template stack : stacks()) {
            stack.ownResources().forEach((id, r) -> {
                if (out.putIfAbsent(id, r) != null) {
                    throw new IllegalStateException(id + " is defined in two stacks");
                }
            });
        }
        all = java.util.Collections.unmodifiableMap(out);
        return all;
    }

    public List<Resource> resourcesOfType(String type) {
        return resources().values().stream().filter(r -> type.equals(r.type())).toList();
    }

    /** Every route of the HTTP API, across the stacks, with the function its integration invokes. */
    public List<HttpRoute> httpRoutes() {
        Map<String, Resource> all = resources();
        List<HttpRoute> out = new ArrayList<>();
        for (Resource route : resourcesOfType("AWS::ApiGatewayV2::Route")) {
            String[] key = ((String) route.properties().get("RouteKey")).split(" ", 2);
            String target = (String) ((Intrinsic) route.properties().get("Target")).value();
            Resource integration = all.get(target.substring("integrations/${".length(), target.length() - 1));
            String uri = (String) ((Intrinsic) integration.properties().get("IntegrationUri")).value();
            out.add(new HttpRoute(key[0], key[1], uri.substring(0, uri.indexOf('.')), route));
        }
        return out;
    }

    /** The route that invokes a function, if any. */
    public Optional<HttpRoute> route(String functionId) {
        return httpRoutes().stream().filter(r -> r.functionId().equals(functionId)).findFirst();
    }

    /** Globals.Function of this stack, the defaults its functions inherit. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> functionGlobals() {
        Map<String, Object> globals = (Map<String, Object>) root.getOrDefault("Globals", Map.of());
        return (Map<String, Object>) globals.getOrDefault("Function", Map.of());
    }

    /** Environment variables of a function: its stack's globals overlaid with its own. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> environment(Resource function) {
        Map<String, Object> env = new LinkedHashMap<>();
        for (Map<String, Object> source : List.of(function.stack().functionGlobals(), function.properties())) {
            Map<String, Object> e = (Map<String, Object>) source.getOrDefault("Environment", Map.of());
            env.putAll((Map<String, Object>) e.getOrDefault("Variables", Map.of()));
        }
        return env;
    }

    /** The environment every function shares: the department stacks' globals, bound to the root's resources. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> sharedEnvironment() {
        Map<String, Object> env = new LinkedHashMap<>();
        for (Template stack : stacks()) {
            Map<String, Object> e = (Map<String, Object>) stack.functionGlobals().getOrDefault("Environment", Map.of());
            env.putAll((Map<String, Object>) e.getOrDefault("Variables", Map.of()));
        }
        return env;
    }

    private static final class CfnConstructor extends SafeConstructor {
        CfnConstructor() {
            super(new LoaderOptions());
            for (String name : TAGS) {
                Tag tag = new Tag("!" + name);
                this.yamlConstructors.put(tag, new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        Object value;
                        if (node instanceof ScalarNode s) {
                            value = constructScalar(s);
                            if ("GetAtt".equals(name)) {
                                value = List.of(((String) value).split("\\.", 2));
                            }
                        } else if (node instanceof SequenceNode s) {
                            value = constructSequence(s);
                        } else {
                            value = constructMapping((MappingNode) node);
                        }
                        return new Intrinsic(name, value);
                    }
                });
            }
        }
    }
}
