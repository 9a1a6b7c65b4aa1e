package com.clinic.platform.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build-time service index holds every bean definition the functions' build generated, and Micronaut's. */
class ServiceIndexTest {
    private static final String REFERENCES = "io.micronaut.inject.BeanDefinitionReference";

    @Test
    void theIndexListsEveryBeanDefinitionOfTheFunctions() throws IOException {
        Map<String, List<String>> index = ServiceIndex.read(ServiceIndex.class.getClassLoader());
        List<String> listed = index.getOrDefault(REFERENCES, List.of());
        try (Stream<Path> generated = Files.list(Path.of("target/classes/META-INF/micronaut", REFERENCES))) {
            List<String> ours = generated.map(p -> p.getFileName().toString()).toList();
            assertFalse(ours.isEmpty(), "the build generated bean definitions");
            ours.forEach(name -> assertTrue(listed.contains(name), name + " is missing from the index"));
        }
        assertTrue(listed.stream().anyMatch(name -> name.startsWith("io.micronaut.serde")),
                "Micronaut's own definitions come from the jars: " + listed.size());
        assertTrue(index.containsKey("io.micronaut.core.convert.TypeConverterRegistrar"),
                "types with only standard service entries are indexed too");
    }
}
