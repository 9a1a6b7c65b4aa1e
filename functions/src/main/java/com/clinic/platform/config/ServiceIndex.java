package com.clinic.platform.config;

import io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils;
import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The functions' Micronaut services (bean definitions, serde's and the converters), listed once at build time
 * instead of found at every cold start. Without it the first context of a JVM opens every jar of the class path
 * as a file system and walks its {@code META-INF/micronaut} folders; with it, one small resource is read and the
 * listed classes are created in order. The build writes the index ({@link #main}, bound to the functions
 * module's {@code process-classes} phase) from the functions' runtime class path, which every department's
 * artifact holds; a name whose class an artifact lacks is skipped, as Micronaut skips it.
 */
public final class ServiceIndex {
    static final String RESOURCE = "META-INF/clinic/micronaut-services.idx";
    private static final String STANDARD = "META-INF/services/";

    private static boolean installed;

    private ServiceIndex() {
    }

    /**
     * Hands the index to Micronaut's service loader. Only the Lambda entry point calls it, before its context
     * starts: the loader reads it once per JVM, and the tests' contexts, which carry test-only beans, must scan.
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        ClassLoader loader = ServiceIndex.class.getClassLoader();
        Map<String, List<String>> index = read(loader);
        if (index.isEmpty()) {
            return;
        }
        Complete loaders = new Complete();
        index.forEach((type, names) -> loaders.put(type, listed(names, loader)));
        StaticOptimizations.set(new SoftServiceLoader.Optimizations(loaders));
    }

    /**
     * The index holds every service type that has an entry on the class path, so a type it lacks has none: asked
     * for one (Micronaut asks for some that nothing implements here, such as its context configurers), the
     * loader answers empty instead of falling back to the scan this index replaces.
     */
    private static final class Complete extends HashMap<String, SoftServiceLoader.StaticServiceLoader<?>> {
        private static final SoftServiceLoader.StaticServiceLoader<Object> NONE = condition -> Stream.empty();

        @Override
        public SoftServiceLoader.StaticServiceLoader<?> get(Object type) {
            return getOrDefault(type, NONE);
        }

        @Override
        public boolean containsKey(Object type) {
            return true;
        }
    }

    private static SoftServiceLoader.StaticServiceLoader<Object> listed(List<String> names, ClassLoader loader) {
        return (Predicate<String> condition) -> names.stream().filter(condition).flatMap(name -> present(name, loader));
    }

    /**
     * The named service, created; none when the artifact lacks its class or a class it needs (a bean of a
     * Micronaut module the functions leave out), which Micronaut's own scan skips the same way.
     */
    private static Stream<SoftServiceLoader.StaticDefinition<Object>> present(String name, ClassLoader loader) {
        try {
            Object service = Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
            return Stream.of(SoftServiceLoader.StaticDefinition.of(name, () -> service));
        } catch (ClassNotFoundException | LinkageError e) {
            return Stream.empty();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof LinkageError) {
                return Stream.empty();
            }
            throw new IllegalStateException("Micronaut service " + name + " cannot be created", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Micronaut service " + name + " cannot be created", e);
        }
    }

    static Map<String, List<String>> read(ClassLoader loader) {
        Map<String, List<String>> index = new HashMap<>();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return index;
            }
            List<String> names = null;
            for (String line : lines(in)) {
                if (line.startsWith("[") && line.endsWith("]")) {
                    names = index.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (names != null && !line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the index of the class path it runs on: every service type with {@code META-INF/micronaut} or
     * standard {@code META-INF/services} entries, with both kinds of entry, as Micronaut's scan finds them. A
     * type left out would send the loader back to scanning every jar.
     */
    public static void main(String[] args) throws IOException {
        URLClassLoader loader = (URLClassLoader) Thread.currentThread().getContextClassLoader();
        Map<String, TreeSet<String>> index = new TreeMap<>();
        MicronautMetaServiceLoaderUtils.findAllMicronautMetaServices(loader)
                .forEach((type, names) -> index.computeIfAbsent(type, k -> new TreeSet<>()).addAll(names));
        for (URL element : loader.getURLs()) {
            for (String type : standardServiceTypes(Path.of(URI.create(element.toString())))) {
                index.computeIfAbsent(type, k -> new TreeSet<>());
            }
        }
        for (Map.Entry<String, TreeSet<String>> entry : index.entrySet()) {
            Enumeration<URL> files = loader.getResources(STANDARD + entry.getKey());
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    for (String line : lines(in)) {
                        String name = line.replaceFirst("#.*", "").strip();
                        if (!name.isEmpty()) {
                            entry.getValue().add(name);
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        index.forEach((type, names) -> {
            out.append('[').append(type).append("]\n");
            names.forEach(name -> out.append(name).append('\n'));
        });
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static List<String> standardServiceTypes(Path element) throws IOException {
        if (Files.isDirectory(element)) {
            Path services = element.resolve(STANDARD);
            if (!Files.isDirectory(services)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(services)) {
                return files.map(f -> f.getFileName().toString()).toList();
            }
        }
        try (JarFile jar = new JarFile(element.toFile())) {
            return jar.stream().map(JarEntry::getName)
                    .filter(name -> name.startsWith(STANDARD) && name.length() > STANDARD.length() && !name.endsWith("/"))
                    .map(name -> name.substring(STANDARD.length())).toList();
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
}
