package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.StackSources;
import com.clinic.emulators.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each department stack is the expansion of its short source ({@code stacks/src/<name>.yaml.in}, not a template itself, where a route is a few lines:
 * {@link StackSources}). A stack that drifted from its source fails with the expansion written beside the build
 * and the command that puts it in place.
 */
class StackSourcesTest {
    @Test
    void everyStackIsTheExpansionOfItsSource() throws Exception {
        Path root = Template.locate().getParent();
        Path out = root.resolve("functions/target/stacks");
        Files.createDirectories(out);
        List<String> drifted = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.list(root.resolve("stacks/src"))) {
            sources = files.filter(p -> p.toString().endsWith(".yaml.in")).sorted().toList();
        }
        try (Stream<Path> files = Files.list(root.resolve("stacks"))) {
            assertEquals(files.filter(p -> p.toString().endsWith(".yaml")).count(), sources.size(),
                    "every stack in stacks/ has its source in stacks/src/ (and no source is left without its stack)");
        }
        for (Path source : sources) {
            String expanded = StackSources.expand(Files.readString(source, StandardCharsets.UTF_8));
            String name = source.getFileName().toString().replace(".yaml.in", ".yaml");
            Path stack = root.resolve("stacks").resolve(name);
            Files.writeString(out.resolve(name), expanded, StandardCharsets.UTF_8);
            if (!Files.exists(stack) || !Files.readString(stack, StandardCharsets.UTF_8).equals(expanded)) {
                drifted.add(name);
            }
        }
        assertTrue(drifted.isEmpty(), "stacks differ from their sources " + drifted
                + ": run  cp functions/target/stacks/*.yaml stacks/");
    }
}
