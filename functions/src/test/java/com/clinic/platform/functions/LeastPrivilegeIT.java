package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.clinic.emulators.Template;
import com.clinic.emulators.Template.Intrinsic;
import com.clinic.emulators.Template.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Least privilege, proven: every AWS call a function made during the unit tests ({@link AwsCallRecorder}) is
 * granted by the policies its template gives it — SAM policy templates expanded as aws-sam-translator defines them,
 * inline statements as written — on the resource it called. A call its policy does not allow would fail in AWS
 * (as a transaction deleting an item fails without {@code dynamodb:DeleteItem}); here it fails the build.
 */
class LeastPrivilegeIT {
    static final Path ROOT = Template.locate().getParent();

    @Test
    @SuppressWarnings("unchecked")
    void everyCallAFunctionMakesIsGrantedByItsPolicy() throws Exception {
        Path calls = ROOT.resolve("functions/target/aws-calls.tsv");
        assertTrue(Files.exists(calls), "no recorded AWS calls: run the unit tests first (mvn verify)");
        Map<String, Map<String, Object>> templates = policyTemplates();
        assumeTrue(templates != null, "skipped: python3 with aws-sam-translator (SAM's policy templates) is missing");
        Template template = Template.loadDefault();
        Map<String, Resource> byHandler = new HashMap<>();
        for (Resource fn : template.resourcesOfType("AWS::Serverless::Function")) {
            byHandler.put(((String) fn.properties().get("Handler")).replaceFirst("::.*", ""), fn);
        }
        Set<String> denied = new TreeSet<>();
        Set<String> checked = new LinkedHashSet<>();
        for (String line : Files.readAllLines(calls, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            Resource fn = byHandler.get(f[0]);
            if (fn == null || !checked.add(line)) {
                continue;
            }
            String logical = logicalId(f[2]);
            if (!template.resources().containsKey(logical) && !logical.equalsIgnoreCase("FilesBucket")) {
                continue; // a test's deliberately missing queue: in AWS such a call fails whatever the policy
            }
            if (grants((List<Object>) fn.properties().get("Policies"), templates).stream()
                    .noneMatch(g -> g.allows(f[1], logical))) {
                denied.add(fn.id() + " calls " + f[1] + " on " + logical);
            }
        }
        assertTrue(checked.size() > 50, "too few calls recorded to prove anything: " + checked.size());
        assertTrue(denied.isEmpty(), "calls the template's policies do not allow:\n" + String.join("\n", denied));
    }

    /** An allowed action pattern on a logical resource of the stack. */
    record Grant(Pattern action, String resource) {
        boolean allows(String call, String logical) {
            return action.matcher(call).matches() && resource.equalsIgnoreCase(logical);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Grant> grants(List<Object> policies, Map<String, Map<String, Object>> templates) {
        List<Grant> out = new ArrayList<>();
        for (Object policy : policies) {
            ((Map<String, Object>) policy).forEach((name, args) -> {
                if ("Statement".equals(name)) {
                    for (Map<String, Object> st : (List<Map<String, Object>>) args) {
                        for (Object action : list(st.get("Action"))) {
                            for (Object r : list(st.get("Resource"))) {
                                out.add(new Grant(glob((String) action), resourceOf(r)));
                            }
                        }
                    }
                } else {
                    Map<String, Object> definition = (Map<String, Object>) templates.get(name).get("Definition");
                    String resource = resourceOf(((Map<String, Object>) args).values().iterator().next());
                    for (Map<String, Object> st : (List<Map<String, Object>>) definition.get("Statement")) {
                        list(st.get("Action")).forEach(a -> out.add(new Grant(glob((String) a), resource)));
                    }
                }
            });
        }
        return out;
    }

    /** The logical id a policy's resource names: {@code !Ref X}, {@code !GetAtt X.Arn}, {@code !Sub '${X.Arn}/*'}. */
    static String resourceOf(Object value) {
        if (value instanceof Intrinsic i) {
            return switch (i.name()) {
                case "Ref" -> (String) i.value();
                case "GetAtt" -> (String) ((List<?>) i.value()).get(0);
                default -> {
                    Matcher m = Pattern.compile("\\$\\{(?!AWS::)([A-Za-z0-9]+)").matcher(String.valueOf(i.value()));
                    yield m.find() ? m.group(1) : String.valueOf(i.value());
                }
            };
        }
        return String.valueOf(value);
    }

    /** A called resource's logical id: the local names are {@code test-<LogicalId>} (a queue by its URL). */
    static String logicalId(String called) {
        String name = called.substring(called.lastIndexOf('/') + 1);
        return name.startsWith("test-") ? name.substring("test-".length()) : name;
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of(value);
    }

    private static Pattern glob(String action) {
        return Pattern.compile(Pattern.quote(action).replace("*", "\\E.*\\Q"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> policyTemplates() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", "import samtranslator, os; print(os.path.join(os.path.dirname("
                + "samtranslator.__file__), 'policy_templates_data', 'policy_templates.json'))")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(Path.of(out))) {
            return null;
        }
        Map<String, Object> json = new Yaml().load(Files.readString(Path.of(out)));
        return (Map<String, Map<String, Object>>) json.get("Templates");
    }
}
