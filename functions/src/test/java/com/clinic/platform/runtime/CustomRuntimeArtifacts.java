package com.clinic.platform.runtime;

import com.clinic.emulators.RuntimeApiStandIn;
import com.clinic.emulators.Template;
import com.clinic.platform.config.AwsClients;
import com.clinic.platform.functions.SampleData;
import com.clinic.platform.functions.TestCloud;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.FileUtils;

/**
 * The package step that makes each department's artifact start fast without SnapStart (the China regions): the
 * Java runtime of the functions' layer, linked ({@code jlink}, with the JDK's class-data archive) from the JDK
 * named by {@code clinic.runtime.jdk} (else the build's own), and in each department's zip its classes as one jar,
 * a class archive of everything its handlers load at a cold start (written by that runtime while
 * {@link ClassDataTraining} runs them; see {@link ClassArchive}) and the {@code bootstrap} Lambda's custom runtime
 * ({@code provided.al2023}) starts. The same zip still runs on the managed Java runtime, which reads the jars under
 * {@code lib/} and ignores the rest. An archive is only valid for the JVM that wrote it, which is why the runtime
 * travels with the functions (BENCHMARKS.md).
 *
 * <p>Arguments: the folder of the department zips, the folder the runtime layer goes to, a work folder.
 */
public final class CustomRuntimeArtifacts {
    /** What the handlers need of the JDK (jdeps over the runtime jars), the TLS curves and Chinese locale data. */
    static final String MODULES = "java.base,java.compiler,java.desktop,java.management,java.naming,java.rmi,"
            + "java.scripting,java.sql,jdk.unsupported,jdk.crypto.ec,jdk.localedata";
    /** Lambda's custom runtime is Amazon Linux 2023: no native library of the layer may need a newer glibc. */
    public static final String GLIBC = "2.34";
    /**
     * What AL2023's minimal image (provided.al2023) has, which the layer leaves to it: glibc, and the C++ runtime
     * its package manager needs (a build machine's copies can need a newer glibc than 2.34).
     */
    public static final List<String> FROM_THE_IMAGE = List.of("libc.so", "libm.so", "libdl.so", "libpthread.so", "librt.so",
            "ld-linux", "linux-vdso", "libstdc++.so", "libgcc_s.so");
    /** The JDK's libraries a headless function never loads (a display, sound, a splash screen). */
    static final List<String> NOT_HEADLESS = List.of("libawt_xawt.so", "libjsound.so", "libsplashscreen.so");
    /** One time for every file: class-data archives check a jar's modification time against the one they saw. */
    static final Instant PACKAGED = Instant.parse("2026-01-01T00:00:00Z");
    /**
     * The options of every start: C1 only and the serial collector, as Lambda's Java runtimes use; a first heap of
     * a quarter of the function's memory (from the 1/64 default, a 1 GB function collected its young generation
     * seven times, ~80 ms, before its first answer), half of it young (with a third, the print worker's font face
     * and first job filled it once, a 100 ms pause); the archives mapped at the addresses they were written for
     * (relocating their pointers elsewhere costs 80-130 ms of every start; only the class metadata's place is
     * fixed, the heap's, stacks' and code's stay randomised).
     */
    static final String JVM_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "
            + "-XX:-UsePerfData -XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:NewRatio=1 "
            + "-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0";

    private CustomRuntimeArtifacts() {
    }

    /** Ends its JVM itself, with 0 or 1: DynamoDB Local leaves a thread of its own running after it stops. */
    public static void main(String[] args) {
        try {
            build(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void build(String[] args) throws Exception {
        Path lambda = Path.of(args[0]);
        Path layer = Path.of(args[1]);
        Path work = Path.of(args[2]);
        Path java = linkRuntime(layer.resolve("java"));
        bundleNativeLibraries(java, layer.resolve("lib"));
        Template template = Template.loadDefault();
        Path events = Template.locate().resolveSibling("events");
        // the training's cloud: the emulators with the template's resources and the records the sample events name
        TestCloud cloud = TestCloud.get();
        try {
            SampleData.seed(cloud, SampleData.PREFIX);
            Map<String, String> emulated = variables(cloud.resources.functionProperties());
            for (Template stack : template.stacks()) {
                List<String[]> handlers = handlers(stack, events);
                if (!handlers.isEmpty()) {
                    String department = stack.file().getFileName().toString().replace(".yaml", "");
                    Path task = work.resolve(department).resolve("task");
                    Map<String, String> environment = environment(stack);
                    environment.putAll(emulated);
                    repack(lambda.resolve(department + ".zip"), task, department, java, handlers, environment);
                }
            }
        } finally {
            cloud.context.close();
            cloud.emulators.close();
        }
    }

    /** The context's properties as the environment variables a function reads them from. */
    private static Map<String, String> variables(Map<String, Object> properties) {
        Map<String, String> env = new java.util.TreeMap<>();
        properties.forEach((name, value) -> env.put(AwsClients.variable(name), String.valueOf(value)));
        return env;
    }

    /**
     * The layer's Java runtime, linked again when its JDK or the module list differs from its last link. Its JDK is
     * {@code clinic.runtime.jdk} where given (the build's profile names a JDK 25 where the machine has one), else the
     * build's own.
     */
    static Path linkRuntime(Path home) throws IOException, InterruptedException {
        Path jdk = Path.of(Optional.ofNullable(System.getProperty("clinic.runtime.jdk")).filter(s -> !s.isBlank())
                .orElse(System.getProperty("java.home")));
        Path jlink = jdk.resolve("bin/jlink");
        if (!Files.isExecutable(jlink)) {
            throw new IllegalStateException(jdk + " has no jlink (a JRE?): the custom runtime cannot be linked");
        }
        Path linkedFrom = home.getParent().resolveSibling(home.getParent().getFileName() + ".jdk");
        String from = jdk + " " + javaVersion(jdk) + " " + MODULES;
        if (Files.exists(home.resolve("release")) && Files.exists(linkedFrom)
                && Files.readString(linkedFrom).equals(from)) {
            return home;
        }
        FileUtils.deleteDirectory(home.getParent().toFile());
        Files.createDirectories(home.getParent());
        Process link = new ProcessBuilder(jlink.toString(), "--add-modules", MODULES, "--include-locales=en,zh",
                "--strip-debug", "--no-man-pages", "--no-header-files", "--generate-cds-archive",
                "--output", home.toString()).inheritIO().start();
        int status = link.waitFor();
        if (status != 0) {
            throw new IllegalStateException("jlink of " + jdk + " failed with " + status);
        }
        System.out.println("[custom runtime] Java " + javaVersion(home) + " linked from " + jdk + ", its classes kept as "
                + ClassArchive.of(home));
        // the archive for heaps over 32 GB: a function never has one
        Files.deleteIfExists(home.resolve("lib/server/classes_nocoops.jsa"));
        Files.writeString(linkedFrom, from);
        return home;
    }

    /** A JDK's or runtime image's {@code JAVA_VERSION}, from its {@code release} file. */
    static String javaVersion(Path home) throws IOException {
        return Files.readAllLines(home.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst()
                .orElseThrow(() -> new IllegalStateException(home + "/release names no JAVA_VERSION"));
    }

    /**
     * The native libraries the runtime's own need and AL2023's minimal image lacks (the print worker's fonts:
     * FreeType, HarfBuzz and theirs; JPEG, colour profiles), copied from the build machine into the layer's
     * {@code lib/} ({@code /opt/lib}, on Lambda's library path); each must run on the image's glibc.
     */
    static void bundleNativeLibraries(Path java, Path lib) throws IOException, InterruptedException {
        for (String name : NOT_HEADLESS) {
            Files.deleteIfExists(java.resolve("lib").resolve(name));
        }
        Files.createDirectories(lib);
        List<Path> own;
        try (Stream<Path> all = Files.walk(java)) {
            own = all.filter(p -> p.getFileName().toString().endsWith(".so")).toList();
        }
        for (Path so : own) {
            Process ldd = new ProcessBuilder("ldd", so.toString()).redirectErrorStream(true).start();
            for (String line : new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length < 3 || !parts[1].equals("=>") || !parts[2].startsWith("/")
                        || FROM_THE_IMAGE.stream().anyMatch(parts[0]::startsWith)) {
                    continue; // the runtime's own (found through its RUNPATH), or the image's
                }
                Path from = Path.of(parts[2]).toRealPath();
                String needs = glibcNeeded(from);
                if (from.startsWith(java.toRealPath())) {
                    continue; // one of the runtime's own, by its full path
                }
                if (versionKey(needs).compareTo(versionKey(GLIBC)) > 0) {
                    throw new IllegalStateException(from + " (needed by " + so.getFileName() + ") needs glibc " + needs
                            + ", AL2023 has " + GLIBC);
                }
                Files.copy(from, lib.resolve(parts[0]), StandardCopyOption.REPLACE_EXISTING);
            }
            ldd.waitFor();
        }
    }

    /** The newest glibc symbol version a shared library names (GLIBC_2.x strings of its dynamic section). */
    public static String glibcNeeded(Path so) throws IOException {
        String text = new String(Files.readAllBytes(so), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("GLIBC_(2\\.[0-9]+(?:\\.[0-9]+)?)").matcher(text);
        String newest = "2.0";
        while (m.find()) {
            if (versionKey(m.group(1)).compareTo(versionKey(newest)) > 0) {
                newest = m.group(1);
            }
        }
        return newest;
    }

    /** A version comparable as text: 2.34 → 00020034. */
    public static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%04d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    /**
     * The variables the template writes out for the stack's functions, as Lambda gives them ({@code
     * JAVA_TOOL_OPTIONS} among them); the emulators' names and endpoints are laid over them, the rest.
     */
    private static Map<String, String> environment(Template stack) {
        Map<String, String> env = new java.util.TreeMap<>();
        for (Template.Resource fn : stack.ownResources().values()) {
            if (fn.type().equals("AWS::Serverless::Function")) {
                Template.environment(fn).forEach((name, value) -> {
                    if (value instanceof String literal) {
                        env.put(name, literal);
                    }
                });
            }
        }
        return env;
    }

    /** Each function of the stack: its handler class and its sample event. */
    private static List<String[]> handlers(Template stack, Path events) {
        List<String[]> out = new ArrayList<>();
        for (Template.Resource fn : stack.ownResources().values()) {
            if (fn.type().equals("AWS::Serverless::Function")) {
                String handler = String.valueOf(fn.properties().get("Handler"));
                Path event = events.resolve(handler.substring(handler.lastIndexOf('.') + 1) + ".json");
                out.add(new String[] {handler, event.toString()});
            }
        }
        return out;
    }

    /**
     * The department's zip as the custom runtime wants it: its classes in {@code lib/clinic-<department>.jar},
     * the {@code bootstrap} naming every jar in order, the class-data archive its training wrote.
     */
    static void repack(Path zip, Path task, String department, Path java, List<String[]> handlers,
                       Map<String, String> environment) throws Exception {
        FileUtils.deleteDirectory(task.toFile());
        Path lib = task.resolve("lib");
        Files.createDirectories(lib);
        Path app = lib.resolve("clinic-" + department + ".jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             JarOutputStream classes = new JarOutputStream(Files.newOutputStream(app))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().startsWith("lib/") && e.isDirectory()) {
                    continue;
                }
                if (e.getName().startsWith("lib/")) {
                    Files.copy(in, task.resolve(e.getName()));
                } else {
                    // directories too: Micronaut's scan lists META-INF/micronaut/<service>/ through their entries
                    JarEntry entry = new JarEntry(e.getName());
                    entry.setLastModifiedTime(FileTime.from(PACKAGED));
                    classes.putNextEntry(entry);
                    in.transferTo(classes);
                    classes.closeEntry();
                }
            }
        }
        List<String> jars = new ArrayList<>(List.of("lib/" + app.getFileName()));
        try (Stream<Path> all = Files.list(lib)) {
            all.map(p -> "lib/" + p.getFileName()).filter(n -> !n.equals(jars.get(0))).sorted().forEach(jars::add);
        }
        try (Stream<Path> all = Files.walk(task)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(PACKAGED));
            }
        }
        ClassArchive archive = ClassArchive.of(java);
        Files.writeString(task.resolve("bootstrap"), bootstrap(jars, archive), StandardCharsets.UTF_8);
        train(task, java, jars, handlers, environment, archive);
        write(task, zip);
    }

    /** The custom runtime's entry point: the layer's Java, the archive, the runtime interface client's start. */
    static String bootstrap(List<String> jars, ClassArchive archive) {
        return "#!/bin/sh\n"
                + "# Lambda's custom runtime for this department's functions (docs/deploying.md): the Java runtime of\n"
                + "# the functions' layer, the class-data archive packaged with this artifact, AWS's runtime interface\n"
                + "# client. An archive that does not match this runtime and these jars is skipped with a warning.\n"
                + "cd \"$LAMBDA_TASK_ROOT\" || exit 1\n"
                + "exec \"${CLINIC_JAVA_HOME:-/opt/java}/bin/java\" " + JVM_OPTIONS + " \\\n"
                + "  " + archive.reading + " \\\n"
                + "  -cp " + String.join(":", jars) + " \\\n"
                + "  " + LambdaBootstrap.class.getName() + " \"$_HANDLER\"\n";
    }

    /**
     * Runs every handler once with its sample event in the layer's Java, which writes what it loaded to the archive
     * as it exits; the samples' records are in the emulators, so each takes the path its first request takes in
     * Lambda (the reads answered and mapped, the PDF drawn and stored, the transaction written). The runtime interface
     * client itself starts there too, against a stand-in of the Runtime API, and serves the first handler one event,
     * so that its own start (its logging, its JSON) is in the archive as well.
     */
    private static void train(Path task, Path java, List<String> jars, List<String[]> handlers,
                              Map<String, String> environment, ClassArchive archive) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.resolve("bin/java").toString()));
        command.addAll(List.of(JVM_OPTIONS.split(" ")));
        command.addAll(archive.writing);
        command.addAll(List.of("-cp", String.join(":", jars), ClassDataTraining.class.getName()));
        handlers.forEach(h -> command.addAll(List.of(h)));
        Path log = task.resolveSibling("training.log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(task.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.putAll(environment);
        // no scheduler is emulated: a timer's arming fails fast, after the command's own path has run
        env.putAll(Map.of("AWS_MAX_ATTEMPTS", "1", "CLINIC_ENDPOINT_SCHEDULER", "http://127.0.0.1:9",
                "AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "FATAL"));
        try (RuntimeApiStandIn api = new RuntimeApiStandIn("arn:aws-cn:lambda:cn-north-1:000000000000:function:x")) {
            env.putAll(api.runtimeEnvironment(task, handlers.get(0)[0]));
            var served = api.invoke(Files.readString(Path.of(handlers.get(0)[1])));
            Process p = pb.start();
            try (var stdin = p.getOutputStream()) {
                served.get(5, TimeUnit.MINUTES); // an answer or an error: either way the client has done its round
                stdin.write('\n');
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.exists(task.resolve(archive.file))) {
                throw new IllegalStateException("the class-data training of " + task + " failed:\n"
                        + Files.readString(log));
            }
        }
        Files.setLastModifiedTime(task.resolve(archive.file), FileTime.from(PACKAGED));
    }

    /** The task folder as the department's zip again, bootstrap executable, every entry at the packaged time. */
    private static void write(Path task, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(task)) {
            files = all.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> task.relativize(p).toString()))
                    .toList();
        }
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            for (Path f : files) {
                String name = task.relativize(f).toString().replace('\\', '/');
                ZipArchiveEntry entry = new ZipArchiveEntry(name);
                entry.setUnixMode(name.equals("bootstrap") ? 0100755 : 0100644);
                entry.setLastModifiedTime(FileTime.from(PACKAGED));
                out.putArchiveEntry(entry);
                try (InputStream in = Files.newInputStream(f)) {
                    in.transferTo(out);
                }
                out.closeArchiveEntry();
            }
        }
    }
}
