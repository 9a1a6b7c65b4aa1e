package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.clinic.emulators.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The README's walk-through, run as written (bash and curl) against the local cloud, stopping at the first call
 * that fails: it books tomorrow, follows the versions the answers give, and ends with the three follow-ups.
 */
@Order(1)
class ReadmeWalkthroughTest {
    static LocalCloud cloud;

    @BeforeAll
    static void start() throws Exception {
        cloud = ApiClient.sharedCloud();
        cloud.clock().reset(); // the walk-through books by today's date, as a reader would
    }

    @AfterAll
    static void resetClock() {
        cloud.clock().reset();
    }

    @Test
    void theWalkthroughRunsFromBookingToTheFollowUpsAndTheLoan() throws Exception {
        assumeTrue(available("bash", "--version") && available("curl", "--version"),
                "skipped: bash and curl are needed to run the README's shell walk-through");
        String readme = Files.readString(Template.locate().resolveSibling("README.md"));
        Matcher block = Pattern.compile("## Calling the API \\(local\\).*?```bash\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(block.find(), "the README has no walk-through");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + block.group(1))
                .redirectErrorStream(true);
        pb.environment().put("API", "http://127.0.0.1:" + cloud.port());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the walk-through took over two minutes");
        assertEquals(0, p.exitValue(), out);
        String code = out.lines().findFirst().orElse("").split(" ")[0];
        assertTrue(code.matches("V\\d{6}-[0-9A-Z]{6}"), "no visit code first: " + out);
        List<String> lines = out.strip().lines().toList();
        String followUps = lines.stream().filter(l -> l.contains("\"day\":15")).findFirst().orElse("");
        assertEquals(3, Pattern.compile(Pattern.quote("\"visitCode\":\"" + code + "\"")).matcher(followUps).results().count(),
                "three follow-ups of the walk-through's visit: " + followUps);
        String recovered = lines.get(lines.size() - 2);
        assertTrue(recovered.contains("\"visitCode\":\"" + code + "\"") && recovered.contains("\"recovered\":108268")
                && recovered.contains("\"status\":\"OPEN\""), "the loan recovered and back to OPEN: " + recovered);
        assertEquals(1, Pattern.compile("\\{\"period\":\\d+,[^}]*\"state\":\"OVERDUE\"").matcher(
                lines.stream().filter(l -> l.startsWith("{\"id\"") && l.contains(code) && l.contains("\"dunning\":[]")
                                && l.contains("\"status\":\"OVERDUE\""))
                        .findFirst().orElse("")).results().count(), "exactly one period overdue before dunning");
        assertTrue(lines.get(lines.size() - 1).contains("催款任务") && lines.get(lines.size() - 1).contains(code),
                "the owner's dunning task: " + lines.get(lines.size() - 1));
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
