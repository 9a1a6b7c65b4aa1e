package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.clinic.emulators.Template;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walk-throughs in docs/ run as a reader runs them (bash and curl), each twice in a row on one local cloud of
 * their own: a step that fails stops the script (set -e), dates come from the cloud's own clock (which the walks
 * move on), print jobs are polled until their PDF is ready.
 */
class WalkthroughScriptsTest {
    static LocalCloud cloud;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(available("bash", "--version") && available("curl", "--version")
                && available("openssl", "version"), "skipped: bash, curl and openssl run the walk-throughs");
        cloud = new LocalCloud(new LocalCloud.Options(0, null, 0, 0, 0));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"walkthrough-clinic.sh", "walkthrough-program.sh"})
    void runsTwiceInARowOnOneLocalCloud(String script) throws Exception {
        for (int run = 1; run <= 2; run++) {
            ProcessBuilder pb = new ProcessBuilder("bash", Template.locate().resolveSibling("docs").resolve(script)
                    .toString()).redirectErrorStream(true);
            pb.environment().put("API", "http://127.0.0.1:" + cloud.port());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), script + " took over three minutes");
            assertEquals(0, p.exitValue(), script + ", run " + run + ":\n" + out);
            assertTrue(out.strip().lines().reduce((a, b) -> b).orElse("").startsWith("walk-through done"), out);
        }
    }

    private static boolean available(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
