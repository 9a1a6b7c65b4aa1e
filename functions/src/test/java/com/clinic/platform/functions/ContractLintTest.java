package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.clinic.emulators.Contract;
import com.clinic.emulators.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml through the two linters front-end teams run on a contract: Redocly ({@code recommended}) and
 * Spectral ({@code spectral:oas}), both at versions pinned in {@code .ci/contract-lint}, installed by npm into
 * target/ on the first run. Both must find nothing: no error, no warning. Skipped, saying so, where the machine
 * has no npm or cannot reach its registry.
 */
class ContractLintTest {
    static Path tools;

    @BeforeAll
    static void install() throws Exception {
        Path pinned = Template.locate().resolveSibling(".ci").resolve("contract-lint");
        tools = Path.of("target", "contract-lint").toAbsolutePath();
        Files.createDirectories(tools);
        try (var files = Files.list(pinned)) {
            for (Path f : files.toList()) {
                Files.copy(f, tools.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.exists(tools.resolve("node_modules/.bin/spectral"))) {
            Run npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), 600);
            assumeTrue(npm.code == 0, "npm could not install the linters here (" + npm.out.strip()
                    + "); the contract was not linted");
        }
    }

    @Test
    void redoclyFindsNothing() throws Exception {
        Run r = run(List.of("node_modules/.bin/redocly", "lint", "--config", "redocly.yaml",
                Contract.FILE.toString(), "--format=json"), 300);
        assertEquals(0, r.code, r.out);
        assertEquals(List.of("\"errors\": 0", "\"warnings\": 0"), java.util.stream.Stream.of("errors", "warnings")
                .map(k -> java.util.regex.Pattern.compile("\"" + k + "\": \\d+").matcher(r.out).results()
                        .map(java.util.regex.MatchResult::group).findFirst().orElse(k + " not reported"))
                .toList(), r.out);
    }

    @Test
    void spectralFindsNothing() throws Exception {
        Path report = tools.resolve("spectral.json");
        Run r = run(List.of("node_modules/.bin/spectral", "lint", "-r", ".spectral.yaml", "--fail-severity=hint",
                "-f", "json", "-o", report.toString(), Contract.FILE.toString()), 300);
        assertEquals("[]", Files.readString(report).strip(), r.out);
        assertEquals(0, r.code, r.out);
    }

    private record Run(int code, String out) {
    }

    private static Run run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(tools.toFile())
                    .redirectError(tools.resolve("stderr.log").toFile()).start();
        } catch (IOException noSuchProgram) {
            assumeTrue(false, command.get(0) + " is not on this machine; the contract was not linted");
            throw noSuchProgram;
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, command + " took over " + seconds + " s\n" + out);
        }
        return new Run(p.exitValue(), out + Files.readString(tools.resolve("stderr.log")));
    }
}
