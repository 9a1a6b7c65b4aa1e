package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.LocalResources;
import com.clinic.emulators.Template;
import com.clinic.platform.runtime.ClassArchive;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each department stack's artifact (its {@code CodeUri}): its own handlers and no other department's, no emulator
 * or test library, the PDF renderer only in the print worker's, within the size budget — and every handler starts
 * from that artifact alone, as Lambda would load it.
 */
class DeploymentArtifactIT {
    /** The runtime jars (about 22 MB) and the department's class-data archive (about 9 MB compressed). */
    static final long MAX_BYTES = 40L * 1024 * 1024;
    /** A department's budget, plus the two Noto faces (17 MB) and the renderer's libraries (OpenPDF, ZXing, XChart). */
    static final long MAX_PRINT_WORKER_BYTES = 60L * 1024 * 1024;
    static final List<String> FORBIDDEN = List.of("DynamoDBLocal", "sqlite4java", "elasticmq", "s3proxy", "pekko",
            "junit", "testcontainers", "aws-lambda-java-tests", "mockito", "aws-java-sdk-", "nimbus", "snakeyaml",
            "emulators", "local-cloud");
    static final List<String> PRINTING = List.of("print-adapter", "openpdf", "lib/core-", "fonts/");
    static final Template TEMPLATE = Template.loadDefault();

    /** The department stacks: the nested stacks that hold functions (the user pool's holds none). */
    static Stream<Template> departments() {
        return TEMPLATE.stacks().stream().skip(1).filter(s -> s.ownResources().values().stream()
                .anyMatch(r -> r.type().equals("AWS::Serverless::Function")));
    }

    static Path artifact(Template stack) {
        return stack.file().resolveSibling((String) stack.functionGlobals().get("CodeUri")).normalize();
    }

    static String department(Template stack) {
        return stack.file().getFileName().toString().replace(".yaml", "");
    }

    static List<String> handlers(Template stack) {
        return stack.ownResources().values().stream().filter(r -> r.type().equals("AWS::Serverless::Function"))
                .map(fn -> ((String) fn.properties().get("Handler")).replaceFirst("::.*", "")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departments")
    void holdsItsHandlersAndNothingItDoesNotNeed(Template stack) throws IOException {
        Path zip = artifact(stack);
        boolean printWorker = stack.file().endsWith("print-worker.yaml");
        long size = Files.size(zip);
        assertTrue(size <= (printWorker ? MAX_PRINT_WORKER_BYTES : MAX_BYTES), zip + " is " + size + " bytes");
        Set<String> entries = new HashSet<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                entries.add(e.getName());
                if (e.getName().endsWith(".jar")) {
                    try (InputStream in = z.getInputStream(e); ZipInputStream jar = new ZipInputStream(in)) {
                        for (ZipEntry c = jar.getNextEntry(); c != null; c = jar.getNextEntry()) {
                            entries.add(e.getName() + "!" + c.getName());
                        }
                    }
                }
            }
        }
        for (String entry : entries) {
            assertTrue(FORBIDDEN.stream().noneMatch(entry::contains), zip + " must not hold " + entry);
            if (!printWorker) {
                assertTrue(PRINTING.stream().noneMatch(entry::contains), zip + " carries the renderer: " + entry);
            }
        }
        for (Template other : TEMPLATE.stacks()) {
            for (String handler : handlers(other)) {
                String cls = "lib/clinic-" + department(stack) + ".jar!" + handler.replace('.', '/') + ".class";
                assertEquals(other == stack, entries.contains(cls), zip + (other == stack ? " lacks " : " holds ") + cls);
            }
        }
        String app = "lib/clinic-" + department(stack) + ".jar!";
        assertTrue(entries.contains(app + "META-INF/services/org.slf4j.spi.SLF4JServiceProvider")
                && entries.contains(app + "com/clinic/platform/logging/LambdaJsonLogging.class"),
                "the functions' own logging is packaged");
        assertTrue(entries.stream().noneMatch(e -> e.contains("log4j")), zip + " carries no Log4j");
        String archive = ClassArchive.of(Template.locate().resolveSibling("functions/target/runtime-layer/java")).file;
        assertTrue(entries.containsAll(List.of("bootstrap", archive)),
                zip + " carries the custom runtime's bootstrap and the class archive its Java writes (" + archive + ")");
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("com/")), zip + ": classes live in jars (CDS)");
        assertFalse(handlers(stack).isEmpty(), stack.file() + " has no function");
    }

    /** Unpacks an artifact as Lambda does; answers the jars it holds. */
    static List<Path> unpack(Path zip, Path to) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                Path out = to.resolve(e.getName());
                if (!e.isDirectory()) {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, out);
                    }
                    if (e.getName().endsWith(".jar")) {
                        jars.add(out);
                    }
                }
            }
        }
        return jars;
    }

    /** Each handler built from its artifact alone (its own class loader), with the template's environment. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("departments")
    void everyHandlerStartsFromItsArtifactAlone(Template stack, @TempDir Path dir) throws Exception {
        List<URL> classpath = new ArrayList<>(List.of(dir.toUri().toURL()));
        for (Path jar : unpack(artifact(stack), dir)) {
            classpath.add(jar.toUri().toURL());
        }
        Map<String, Object> properties = new java.util.LinkedHashMap<>(Map.of("aws.region", "cn-northwest-1",
                "clinic.local-credentials", "artifact:check"));
        Template.environment(stack.ownResources().values().stream()
                .filter(r -> r.type().equals("AWS::Serverless::Function")).findFirst().orElseThrow())
                .forEach((k, v) -> properties.put(LocalResources.propertyName(k), String.valueOf(v)));
        try (URLClassLoader loader = new URLClassLoader(classpath.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> contextType = loader.loadClass("io.micronaut.context.ApplicationContext");
            Object context = contextType.getMethod("run", Map.class, String[].class).invoke(null, properties,
                    new String[0]);
            try {
                for (String handler : handlers(stack)) {
                    loader.loadClass(handler).getConstructor(contextType).newInstance(context);
                }
            } finally {
                ((AutoCloseable) context).close();
            }
        }
    }
}
