package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinic.platform.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * docs/roles.md is generated from openapi.yaml's {@code x-roles}, which {@link OpenApiTest} holds to the roles
 * each handler checks: so the page a front-end team reads is the code's own rule. When a route or a role changes,
 * this test writes the new page to target/roles.md and fails until it is copied to docs/.
 */
class RolesDocTest {
    static final Path DOC = SpecCoverageTest.ROOT.resolve("docs").resolve("roles.md");

    @Test
    void theRolesPageIsWhatTheContractSays() throws Exception {
        String generated = generate();
        String kept = Files.exists(DOC) ? Files.readString(DOC) : "";
        if (!generated.equals(kept)) {
            Path fresh = Path.of("target", "roles.md");
            Files.writeString(fresh, generated);
            assertEquals(generated, kept, "docs/roles.md is out of date: cp functions/" + fresh + " docs/roles.md");
        }
    }

    @SuppressWarnings("unchecked")
    static String generate() {
        Map<Role, Map<String, String>> byRole = new TreeMap<>();
        ((Map<String, Map<String, Object>>) OpenApi.DOC.get("paths")).forEach((path, item) -> item.forEach((m, o) -> {
            Map<String, Object> op = (Map<String, Object>) o;
            String summary = String.valueOf(op.get("summary"));
            int cut = summary.indexOf("; ");
            String line = "| `" + m.toUpperCase() + " " + path + "` | " + (cut > 0 ? summary.substring(0, cut) : summary)
                    .replace("|", "\\|") + " |";
            for (String role : (List<String>) op.get("x-roles")) {
                byRole.computeIfAbsent(Role.valueOf(role), r -> new TreeMap<>())
                        .put((m.equals("get") ? "1 " : "2 ") + path + " " + m, line);
            }
        }));
        StringBuilder out = new StringBuilder("""
                # What each role may do

                Generated from `openapi.yaml` (`x-roles`, which the tests hold to the role check of every handler) by
                `RolesDocTest`: do not edit by hand. A role may call the routes listed under it; which records and which
                parts of them it then sees is need to know ([privacy.md](privacy.md)): a record outside its work answers
                `404`, exactly like an unknown one, and parts it does not need are `null` or masked. A person may hold
                several roles (their token's groups); reads come first, then changes.

                """);
        for (Role role : byRole.keySet()) {
            out.append("- [").append(role.name()).append(" ").append(role.label()).append("](#")
                    .append(role.name().toLowerCase()).append(")\n");
        }
        byRole.forEach((role, routes) -> {
            out.append("\n## ").append(role.name()).append("\n\n").append(role.label()).append(", ")
                    .append(routes.size()).append(" routes.\n\n| route | what |\n|---|---|\n");
            routes.values().forEach(l -> out.append(l).append('\n'));
        });
        return out.toString();
    }
}
