package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.Template.Resource;
import com.clinic.emulators.Template;
import com.clinic.platform.api.Serves;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every function names the SPEC ids it serves; openapi.yaml says the same of its route, and the coverage
 * table (docs/coverage.md) has a row for each id (one id a row; where ../shared/SPEC.md is beside the project, every id of it).
 */
class SpecCoverageTest {
    static final Path ROOT = Template.locate().getParent();
    static final Pattern ID = Pattern.compile("[CHT]-\\d\\d|roles|notices|privacy");

    static Set<String> coverageRows() throws Exception {
        String table = Files.readString(ROOT.resolve("docs").resolve("coverage.md"));
        Set<String> rows = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\| ([^|]+?) \\|").matcher(table);
        while (m.find()) {
            String id = m.group(1);
            if (!id.equals("id") && !id.startsWith("---")) {
                assertTrue(ID.matcher(id).matches(), "one SPEC id a row, not '" + id + "'");
                assertTrue(rows.add(id), id + " has two rows");
            }
        }
        return rows;
    }

    @Test
    void functionsOpenApiAndTheCoverageTableNameTheSameSpecIds() throws Exception {
        Set<String> rows = coverageRows();
        Template template = Template.loadDefault();
        for (Resource fn : template.resourcesOfType("AWS::Serverless::Function")) {
            String handler = (String) fn.properties().get("Handler");
            Serves serves = Class.forName(handler).getAnnotation(Serves.class);
            assertTrue(serves != null && serves.value().length > 0, fn.id() + " names no SPEC id (@Serves)");
            for (String id : serves.value()) {
                assertTrue(rows.contains(id), fn.id() + " serves " + id + ", which has no coverage row");
            }
            template.route(fn.id()).ifPresent(route -> assertEquals(List.of(serves.value()),
                    OpenApi.operation(route.method().toLowerCase(), route.path()).get("x-spec"),
                    fn.id() + ": x-spec of its route"));
        }
    }

    @Test
    void theCoverageTableHasARowForEverySpecId() throws Exception {
        Path spec = ROOT.resolveSibling("shared").resolve("SPEC.md");
        if (!Files.exists(spec)) {
            return; // the SPEC lives beside the project in the workspace and in CI, not in every clone
        }
        Set<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile("[CHT]-\\d\\d").matcher(Files.readString(spec));
        while (m.find()) {
            ids.add(m.group());
        }
        Set<String> rows = coverageRows();
        ids.removeAll(rows);
        assertTrue(ids.isEmpty(), "SPEC ids without a coverage row: " + ids);
    }
}
