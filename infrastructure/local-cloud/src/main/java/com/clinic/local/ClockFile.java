package com.clinic.local;

import com.clinic.emulators.AdjustableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The local clock's offset from real time, kept in the data folder (when there is one) and taken up again at the
 * next start: records made on a moved clock then stay in the past of the restarted cloud.
 */
final class ClockFile {
    private final Path file;
    private final AdjustableClock clock;

    ClockFile(Path dataDir, AdjustableClock clock) {
        this.file = dataDir == null ? null : dataDir.resolve("clock-offset");
        this.clock = clock;
        if (file != null && Files.exists(file)) {
            try {
                clock.advance(Duration.parse(Files.readString(file).strip()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void keep() {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, clock.offset().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
