package com.clinic.emulators;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.FileUtils;

/** A function's artifact unpacked as Lambda unpacks it into its task root: each file with its mode and time. */
public final class LambdaTaskRoot {
    private LambdaTaskRoot() {
    }

    /** Unpacks the zip into the folder, emptied first; a custom runtime's bootstrap keeps its executable bit. */
    public static Path unpack(Path zip, Path to) throws IOException {
        FileUtils.deleteDirectory(to.toFile());
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path out = to.resolve(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, out);
                }
                out.toFile().setExecutable((e.getUnixMode() & 0100) != 0);
                Files.setLastModifiedTime(out, e.getLastModifiedTime());
            }
        }
        return to;
    }
}
