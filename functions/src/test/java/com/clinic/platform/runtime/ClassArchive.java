package com.clinic.platform.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the layer's Java keeps what a department's cold start loads, chosen by the runtime's version. From Java 25:
 * an ahead-of-time cache (JEP 483, 514), which holds the classes loaded and linked, their resolved call sites and
 * lambdas included, so a start runs neither their loading nor their linking (with the training on the emulators, the
 * print worker's start 1,283 → 928 ms, BENCHMARKS.md). Before it: a dynamic class-data archive, which holds the classes loaded but links them again at
 * every start. Either is written by the runtime that maps it, when the training run exits.
 */
public enum ClassArchive {
    AOT_CACHE("classes.aot", List.of("-XX:AOTCacheOutput=classes.aot", "-Xlog:aot=error", "-Xlog:cds=error"),
            List.of("-XX:AOTCache=classes.aot", "-Xlog:aot=warning", "-Xlog:cds=warning"),
            // the runtime interface client loads its native half with System.load, which Java 25 warns of unless
            // native access is enabled
            List.of("--enable-native-access=ALL-UNNAMED")),
    DYNAMIC_CDS("classes.jsa", List.of("-XX:ArchiveClassesAtExit=classes.jsa", "-Xlog:cds=error"),
            List.of("-XX:SharedArchiveFile=classes.jsa", "-Xshare:auto", "-Xlog:cds=warning",
                    "-Xlog:cds+dynamic=warning"), List.of());

    /** The archive's file, at the task root beside the bootstrap. */
    public final String file;
    /** The training run's options that write it as the run exits. */
    final List<String> writing;
    /** The bootstrap's options that map it (a mismatched archive is skipped with a warning, never an error). */
    final String reading;

    /** {@code both}: options of the training and of every start alike, as a cache is only used by such a JVM. */
    ClassArchive(String file, List<String> writing, List<String> reading, List<String> both) {
        this.file = file;
        this.writing = Stream.concat(writing.stream(), both.stream()).toList();
        this.reading = String.join(" ", Stream.concat(reading.stream(), both.stream()).toList());
    }

    /** The archive a runtime image (its {@code release} file) writes best. */
    public static ClassArchive of(Path runtime) throws IOException {
        String version = CustomRuntimeArtifacts.javaVersion(runtime);
        return Integer.parseInt(version.split("[.+-]")[0]) >= 25 ? AOT_CACHE : DYNAMIC_CDS;
    }
}
