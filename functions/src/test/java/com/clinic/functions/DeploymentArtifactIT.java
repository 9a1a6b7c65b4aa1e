package com.clinic.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.Template;
import com.clinic.emulators.Template.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The zip template.yaml deploys: every handler inside, no emulator or test library, within the size budget. */
class DeploymentArtifactIT {
    static final Path ZIP = Template.locate().getParent().resolve("functions/target/clinic-functions.zip");
    static final long MAX_BYTES = 30L * 1024 * 1024;
    static final List<String> FORBIDDEN = List.of("DynamoDBLocal", "sqlite4java", "elasticmq", "s3proxy", "pekko",
            "junit", "testcontainers", "aws-lambda-java-tests", "mockito", "aws-java-sdk-", "nimbus", "snakeyaml",
            "emulators", "local-cloud");

    @Test
    void holdsEveryHandlerAndNothingThatOnlyTestsOrTheLocalCloudNeed() throws IOException {
        assertTrue(Files.size(ZIP) <= MAX_BYTES, "artifact is " + Files.size(ZIP) + " bytes");
        Set<String> classes = new HashSet<>();
        List<String> jars = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                jars.add(e.getName());
                if (e.getName().endsWith(".jar")) {
                    try (InputStream in = zip.getInputStream(e); ZipInputStream jar = new ZipInputStream(in)) {
                        for (ZipEntry c = jar.getNextEntry(); c != null; c = jar.getNextEntry()) {
                            classes.add(c.getName());
                        }
                    }
                }
            }
        }
        for (String jar : jars) {
            assertTrue(FORBIDDEN.stream().noneMatch(jar::contains), "must not be deployed: " + jar);
        }
        for (Resource fn : Template.loadDefault().resourcesOfType("AWS::Serverless::Function")) {
            String handler = (String) fn.properties().get("Handler");
            String cls = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
            assertTrue(classes.contains(cls), fn.id() + ": " + cls + " is not in the zip");
        }
        assertTrue(classes.contains("simplelogger.properties"), "logging configuration is packaged");
    }
}
