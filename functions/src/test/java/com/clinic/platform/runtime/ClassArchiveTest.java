package com.clinic.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive follows the linked runtime's version, and the bootstrap maps the one the training wrote. */
class ClassArchiveTest {
    @TempDir
    Path runtime;

    private ClassArchive archiveOf(String version) throws IOException {
        Files.writeString(runtime.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"" + version
                + "\"\nMODULES=\"java.base\"\n");
        return ClassArchive.of(runtime);
    }

    @Test
    void java25AndLaterKeepAnAheadOfTimeCache() throws IOException {
        assertEquals(ClassArchive.AOT_CACHE, archiveOf("25.0.3"));
        assertEquals(ClassArchive.AOT_CACHE, archiveOf("26"));
        assertEquals(ClassArchive.DYNAMIC_CDS, archiveOf("17.0.15"));
        assertEquals(ClassArchive.DYNAMIC_CDS, archiveOf("21.0.9"));
    }

    @Test
    void aRuntimeWithoutItsVersionIsRefused() throws IOException {
        Files.writeString(runtime.resolve("release"), "MODULES=\"java.base\"\n");
        assertThrows(IllegalStateException.class, () -> ClassArchive.of(runtime));
    }

    @Test
    void theBootstrapMapsTheArchiveItsTrainingWrites() {
        for (ClassArchive archive : ClassArchive.values()) {
            String bootstrap = CustomRuntimeArtifacts.bootstrap(List.of("lib/clinic-x.jar"), archive);
            assertTrue(archive.writing.stream().anyMatch(o -> o.endsWith("=" + archive.file)), archive.writing.toString());
            assertTrue(bootstrap.contains(archive.reading) && archive.reading.contains("=" + archive.file), bootstrap);
            // an ahead-of-time cache is only used by a JVM that enables what its writer enabled
            archive.writing.stream().filter(o -> o.startsWith("--")).forEach(o -> assertTrue(bootstrap.contains(o), o));
        }
    }
}
