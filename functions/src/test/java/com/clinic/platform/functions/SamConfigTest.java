package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.clinic.emulators.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * samconfig.toml's two environments deploy as docs/first-deployment.md says: {@code global} makes its own Cognito
 * user pool and keeps SnapStart; {@code china} is in a mainland region, with the clinic's OpenID Connect issuer,
 * SnapStart off and the ICP-filed custom domain; every value it overrides is a parameter of template.yaml. Read
 * with Python's own TOML reader (3.11+) where the machine has one.
 */
class SamConfigTest {
    @Test
    void theGlobalAndChinaEnvironmentsDeployAsTheRunbookSays() throws Exception {
        Path root = Template.locate().getParent();
        Map<String, Map<String, String>> envs = read(root.resolve("samconfig.toml"));
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) Template.loadDefault().written().get("Parameters");

        Map<String, String> china = envs.get("china");
        assertTrue(china.get("region").matches("cn-(north|northwest)-1"), "china deploys to Beijing or Ningxia");
        assertEquals("None", china.get("SnapStart"), "SnapStart is not offered in the China regions");
        assertTrue(china.get("TokenIssuer").startsWith("https://"), "staff sign in at the clinic's OIDC provider");
        assertTrue(!china.get("TokenAudience").isBlank() && !china.get("ApiDomainName").isBlank()
                && china.get("ApiCertificateArn").startsWith("arn:aws-cn:acm:" + china.get("region") + ":"),
                "its clients, its ICP-filed name and that name's certificate in the same region");

        Map<String, String> global = envs.get("global");
        assertTrue(!global.get("region").startsWith("cn-") && !global.containsKey("TokenIssuer"),
                "global makes its own user pool in a global region");
        assertEquals("PublishedVersions", global.get("SnapStart"));

        for (Map.Entry<String, Map<String, String>> env : envs.entrySet()) {
            for (String key : env.getValue().keySet()) {
                assertTrue(key.equals("region") || key.equals("stack_name") || parameters.containsKey(key),
                        env.getKey() + " overrides " + key + ", which template.yaml does not take");
            }
            assertTrue(env.getValue().containsKey("stack_name"), env.getKey() + " names its stack");
        }
    }

    /** Each environment's region, stack name and parameter overrides, as SAM reads them. */
    private static Map<String, Map<String, String>> read(Path file) throws Exception {
        String script = """
                import sys, tomllib
                config = tomllib.load(open(sys.argv[1], "rb"))
                for env in ("global", "china"):
                    deploy = config[env]["deploy"]["parameters"]
                    print(env, "region", deploy["region"])
                    print(env, "stack_name", deploy["stack_name"])
                    for override in deploy["parameter_overrides"]:
                        key, value = override.split("=", 1)
                        print(env, key, value)
                """;
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script, file.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException noPython) {
            assumeTrue(false, "skipped: no python3 on this machine to read TOML with");
            return Map.of();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(!out.contains("No module named 'tomllib'"), "skipped: this python3 has no tomllib (3.11+)");
        assertEquals(0, p.exitValue(), out);
        Map<String, Map<String, String>> envs = new HashMap<>();
        for (String line : out.strip().split("\n")) {
            List<String> parts = List.of(line.split(" ", 3));
            envs.computeIfAbsent(parts.get(0), e -> new HashMap<>()).put(parts.get(1), parts.get(2));
        }
        return envs;
    }
}
