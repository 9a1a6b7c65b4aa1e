package com.clinic.emulators;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * template.yaml read as data, with CloudFormation's short-form functions ({@code !Ref}, {@code !GetAtt},
 * {@code !Sub}, …) kept as {@link Intrinsic} values. The local cloud builds its resources and routes from it,
 * and the template tests check it, so the deployed stack and the local one cannot drift apart.
 */
public final class Template {
    private static final List<String> TAGS = List.of("Ref", "GetAtt", "Sub", "Split", "Join", "If", "Select",
            "Equals", "Not", "And", "Or", "FindInMap", "ImportValue", "Base64", "Condition", "GetAZs", "Cidr");

    private final Map<String, Object> root;

    private Template(Map<String, Object> root) {
        this.root = root;
    }

    /** A short-form function: {@code name} without the "!" and its argument (a scalar, list or map). */
    public record Intrinsic(String name, Object value) {
    }

    /** One resource of the template. */
    public record Resource(String id, String type, Map<String, Object> properties, Map<String, Object> raw) {
    }

    public static Template load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml(new CfnConstructor()).load(reader);
            return new Template(root);
        }
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

    public Map<String, Object> root() {
        return root;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Resource> resources() {
        Map<String, Resource> out = new LinkedHashMap<>();
        ((Map<String, Object>) root.get("Resources")).forEach((id, value) -> {
            Map<String, Object> raw = (Map<String, Object>) value;
            Map<String, Object> props = (Map<String, Object>) raw.getOrDefault("Properties", Map.of());
            out.put(id, new Resource(id, (String) raw.get("Type"), props, raw));
        });
        return out;
    }

    public List<Resource> resourcesOfType(String type) {
        return resources().values().stream().filter(r -> type.equals(r.type())).toList();
    }

    /** Globals.Function, the defaults every function inherits. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> functionGlobals() {
        Map<String, Object> globals = (Map<String, Object>) root.getOrDefault("Globals", Map.of());
        return (Map<String, Object>) globals.getOrDefault("Function", Map.of());
    }

    /** Environment variables of a function: the globals overlaid with its own. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> environment(Map<String, Object> functionProperties) {
        Map<String, Object> env = new LinkedHashMap<>();
        for (Map<String, Object> source : List.of(functionGlobals(), functionProperties)) {
            Map<String, Object> e = (Map<String, Object>) source.getOrDefault("Environment", Map.of());
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
