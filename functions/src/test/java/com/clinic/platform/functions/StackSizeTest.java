package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.clinic.emulators.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every SAM template (the root and each department stack) passes cfn-lint and, expanded as {@code sam deploy}
 * would (aws-sam-translator), stays under 450 resources: CloudFormation refuses a stack of more than 500, and each
 * HTTP function becomes about eight. Where the machine's Python has no aws-sam-translator and cfn-lint, the test is
 * skipped and says so.
 */
class StackSizeTest {
    static final int LIMIT = 450;

    @Test
    void everyStackLintsCleanAndStaysUnderTheLimit() throws Exception {
        Path root = Template.locate().getParent();
        List<String> templates = new ArrayList<>();
        for (Path folder : List.of(root, root.resolve("stacks"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.toString().endsWith(".yaml")).filter(StackSizeTest::isSam).sorted()
                        .forEach(p -> templates.add(p.toString()));
            }
        }
        assertTrue(templates.size() > 1, "the department stacks are missing: " + templates);
        assumeTrue(hasTranslator(), "skipped: python3 with aws-sam-translator and cfn-lint is not on this machine");
        Path script = Path.of(StackSizeTest.class.getResource("/expand_sam.py").toURI());
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(templates);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the expansion took over two minutes");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(templates.size(), lines.size(), out);
        String documented = Files.readString(Template.locate().resolveSibling("docs").resolve("deploying.md"));
        for (String line : lines) {
            int resources = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
            assertTrue(resources <= LIMIT, line + ": over " + LIMIT + " resources once SAM expands it");
            String stack = line.substring(0, line.lastIndexOf(' ')).replace('\\', '/');
            String name = stack.endsWith("template.yaml") ? "template.yaml` (root)" : "stacks/"
                    + stack.substring(stack.lastIndexOf('/') + 1) + "`";
            assertTrue(documented.contains("| `" + name + " |") && documented.lines().anyMatch(l ->
                    l.startsWith("| `" + name + " |") && l.endsWith("| " + resources + " |")),
                    "docs/deploying.md's stacks table should give " + resources + " resources for " + name);
        }
    }

    private static boolean isSam(Path p) {
        try {
            return Files.readString(p).contains("AWS::Serverless-2016-10-31");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasTranslator() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import samtranslator, cfnlint").redirectErrorStream(true)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
