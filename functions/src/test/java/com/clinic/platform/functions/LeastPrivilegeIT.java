package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.clinic.emulators.Template;
import com.clinic.emulators.Template.Intrinsic;
import com.clinic.emulators.Template.Resource;
import com.clinic.platform.api.NoTableAtStart;
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
 * inline statements as written — on the resource it called and, where the statement has a condition, for the key
 * it touched (a DynamoDB item's partition key under {@code dynamodb:LeadingKeys}, a listing's {@code s3:prefix}).
 * A call its policy does not allow would fail in AWS (as a transaction deleting an item fails without
 * {@code dynamodb:DeleteItem}); here it fails the build. And no policy grants the clinic table without naming its
 * key prefixes, or a listing of the files bucket without naming the prefix.
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
        List<String> lines = new ArrayList<>(Files.readAllLines(calls, StandardCharsets.UTF_8));
        for (String handler : byHandler.keySet()) {
            if (primesTheTable(handler)) {
                lines.add(handler + "\tdynamodb:BatchGetItem\ttest-ClinicTable\tPRIMING");
            }
        }
        for (String line : lines) {
            String[] f = line.split("\t");
            Resource fn = byHandler.get(f[0]);
            if (fn == null || !checked.add(line)) {
                continue;
            }
            String[] called = called(f[1], f[2]);
            String logical = called[0];
            if (!template.resources().containsKey(logical) && !logical.equalsIgnoreCase("FilesBucket")) {
                continue; // a test's deliberately missing queue: in AWS such a call fails whatever the policy
            }
            if (grants((List<Object>) fn.properties().get("Policies"), templates).stream()
                    .noneMatch(g -> g.allows(f[1], called, f[3]))) {
                denied.add(fn.id() + " calls " + f[1] + " on " + logical + (called[1] == null ? "" : "/" + called[1])
                        + ("-".equals(f[3]) ? "" : " for " + f[3]));
            }
        }
        assertTrue(checked.size() > 50, "too few calls recorded to prove anything: " + checked.size());
        assertTrue(denied.isEmpty(), "calls the template's policies do not allow:\n" + String.join("\n", denied));
    }

    /**
     * Whether the function's Lambda entry point primes its DynamoDB client with a read at start (see
     * {@code DynamoDbAtStart}); the unit tests share a context and never make that read.
     */
    static boolean primesTheTable(String handler) throws ClassNotFoundException {
        return !NoTableAtStart.class.isAssignableFrom(Class.forName(handler));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTableIsGrantedByKeyAndTheBucketListedByPrefixOnly() throws IOException {
        Set<String> broad = new TreeSet<>();
        for (Resource fn : Template.loadDefault().resourcesOfType("AWS::Serverless::Function")) {
            for (Object policy : (List<Object>) fn.properties().get("Policies")) {
                ((Map<String, Object>) policy).forEach((name, args) -> {
                    if (name.startsWith("DynamoDB")) {
                        broad.add(fn.id() + " has " + name + " (every item, Scan included)");
                    }
                    if (!"Statement".equals(name)) {
                        return;
                    }
                    for (Map<String, Object> st : (List<Map<String, Object>>) args) {
                        for (Object action : list(st.get("Action"))) {
                            String a = (String) action;
                            if (a.startsWith("dynamodb:") && (a.contains("*") || a.equals("dynamodb:Scan")
                                    || condition(st, "dynamodb:LeadingKeys") == null)) {
                                broad.add(fn.id() + " grants " + a + " without naming key prefixes");
                            }
                            if (a.equals("s3:ListBucket") && condition(st, "s3:prefix") == null) {
                                broad.add(fn.id() + " lists the bucket without an s3:prefix");
                            }
                        }
                    }
                });
            }
        }
        assertTrue(broad.isEmpty(), String.join("\n", broad));
    }

    /** A health archive is no business of the front office: no function of its stack may read or write one. */
    @Test
    @SuppressWarnings("unchecked")
    void aFrontOfficeFunctionIsRefusedAnArchiveKey() throws Exception {
        Map<String, Map<String, Object>> templates = policyTemplates();
        assumeTrue(templates != null, "skipped: python3 with aws-sam-translator (SAM's policy templates) is missing");
        List<Resource> frontOffice = Template.loadDefault().resourcesOfType("AWS::Serverless::Function").stream()
                .filter(fn -> fn.stack().file().endsWith("front-office.yaml")).toList();
        assertTrue(frontOffice.size() > 5, "the front office's functions were not found");
        for (Resource fn : frontOffice) {
            List<Grant> grants = grants((List<Object>) fn.properties().get("Policies"), templates);
            for (String action : List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
                    "dynamodb:PutItem", "dynamodb:UpdateItem")) {
                String[] table = {"ClinicTable", null};
                assertTrue(grants.stream().noneMatch(g -> g.allows(action, table, "ARCHIVE#P-V261123-SO1013")),
                        fn.id() + " may " + action + " a health archive");
                assertTrue(grants.stream().anyMatch(g -> g.allows("dynamodb:BatchGetItem", table, "PRIMING")),
                        fn.id() + " cannot make its start-up read: the check proves nothing");
            }
        }
    }

    /**
     * An allowed action pattern on a logical resource of the stack, on a path after it (an S3 object's key, a
     * table's {@code index/<name>}), and for the condition's values (null: any).
     */
    record Grant(Pattern action, String resource, Pattern path, List<Pattern> keys) {
        boolean allows(String call, String[] called, String key) {
            return action.matcher(call).matches() && resource.equalsIgnoreCase(called[0])
                    && (path == null ? called[1] == null : called[1] != null && path.matcher(called[1]).matches())
                    && (keys == null || keys.stream().anyMatch(k -> k.matcher(key).matches()));
        }
    }

    /** The values a statement's StringLike condition (ForAllValues or not) allows for a key, or null. */
    @SuppressWarnings("unchecked")
    static List<Pattern> condition(Map<String, Object> statement, String key) {
        Map<String, Object> condition = (Map<String, Object>) statement.get("Condition");
        if (condition == null) {
            return null;
        }
        for (String operator : List.of("ForAllValues:StringLike", "StringLike")) {
            Map<String, Object> values = (Map<String, Object>) condition.get(operator);
            if (values != null && values.containsKey(key)) {
                return list(values.get(key)).stream().map(v -> glob((String) v)).toList();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static List<Grant> grants(List<Object> policies, Map<String, Map<String, Object>> templates) {
        List<Grant> out = new ArrayList<>();
        for (Object policy : policies) {
            ((Map<String, Object>) policy).forEach((name, args) -> {
                if ("Statement".equals(name)) {
                    for (Map<String, Object> st : (List<Map<String, Object>>) args) {
                        List<Pattern> keys = condition(st, "dynamodb:LeadingKeys") != null
                                ? condition(st, "dynamodb:LeadingKeys") : condition(st, "s3:prefix");
                        for (Object action : list(st.get("Action"))) {
                            for (Object r : list(st.get("Resource"))) {
                                Grant g = grant((String) action, r);
                                out.add(new Grant(g.action(), g.resource(), g.path(), keys));
                            }
                        }
                    }
                } else {
                    Map<String, Object> definition = (Map<String, Object>) templates.get(name).get("Definition");
                    Object resource = ((Map<String, Object>) args).values().iterator().next();
                    for (Map<String, Object> st : (List<Map<String, Object>>) definition.get("Statement")) {
                        list(st.get("Action")).forEach(a -> out.add(grant((String) a, resource)));
                    }
                }
            });
        }
        return out;
    }

    /**
     * A grant on what a policy's resource names: {@code !Ref X}, {@code !GetAtt X.Arn}, or {@code !Sub '${X.Arn}/p/*'}
     * (an S3 object path pattern after the bucket).
     */
    static Grant grant(String action, Object value) {
        if (value instanceof Intrinsic i && !"Sub".equals(i.name())) {
            return new Grant(glob(action), "Ref".equals(i.name()) ? (String) i.value()
                    : (String) ((List<?>) i.value()).get(0), null, null);
        }
        Matcher m = Pattern.compile("\\$\\{(?!AWS::)([A-Za-z0-9]+)(?:\\.Arn)?}(?:/(.*))?")
                .matcher(String.valueOf(((Intrinsic) value).value()));
        if (!m.find()) {
            throw new IllegalStateException("a policy resource the check cannot read: " + value);
        }
        return new Grant(glob(action), m.group(1), m.group(2) == null ? null : glob(m.group(2)), null);
    }

    /**
     * What a recorded call reached: the logical id (the local names are {@code test-<LogicalId>}, a queue by its
     * URL) and, for an S3 object, its key; for a table's index, {@code index/<name>}.
     */
    static String[] called(String action, String resource) {
        if (action.startsWith("dynamodb:") && resource.contains("/index/")) {
            int index = resource.indexOf("/index/");
            return new String[] {strip(resource.substring(0, index)), resource.substring(index + 1)};
        }
        if (action.startsWith("s3:") && resource.contains("/")) {
            String bucket = resource.substring(0, resource.indexOf('/'));
            return new String[] {strip(bucket), resource.substring(resource.indexOf('/') + 1)};
        }
        return new String[] {strip(resource.substring(resource.lastIndexOf('/') + 1)), null};
    }

    private static String strip(String name) {
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
