package com.clinic.emulators;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * DynamoDB Local, ElasticMQ and s3proxy running inside this JVM on loopback ports. With a data folder the
 * tables, files, queues and the messages in them survive a restart, a hard stop included.
 */
public final class Emulators implements AutoCloseable {
    /** The credentials every emulator accepts; s3proxy checks SigV4 signatures made with them. */
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local-secret";
    public static final String REGION = "us-east-1";

    private final DynamoDBProxyServer dynamo;
    private final SQSRestServer sqs;
    private final org.apache.pekko.actor.ActorSystem sqsSystem;
    private final S3Proxy s3;
    private final URI dynamoEndpoint;
    private final URI sqsEndpoint;
    private final URI s3Endpoint;

    static {
        // The emulators log through SLF4J's simple backend (the functions' own); their chatter is not wanted.
        for (String noisy : new String[] {"org.apache.pekko", "org.elasticmq", "org.gaul", "org.eclipse.jetty",
                "org.gaul.shaded"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + noisy, "warn");
        }
    }

    private Emulators(Path dataDir, int dynamoPort, int sqsPort, int s3Port) throws Exception {
        List<String> args = new ArrayList<>(List.of("-port", String.valueOf(dynamoPort), "-disableTelemetry", "-sharedDb"));
        if (dataDir == null) {
            args.add("-inMemory");
        } else {
            Path dir = Files.createDirectories(dataDir.resolve("dynamodb"));
            args.addAll(List.of("-dbPath", dir.toString()));
        }
        dynamo = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
        dynamo.start();
        dynamoEndpoint = URI.create("http://127.0.0.1:" + dynamoPort);

        if (dataDir == null) {
            sqs = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(sqsPort)
                    .withServerAddress(new org.elasticmq.NodeAddress("http", "127.0.0.1", sqsPort, ""))
                    .start();
            sqs.waitUntilStarted();
            sqsSystem = null;
        } else {
            DurableQueues.Started durable = DurableQueues.start(dataDir, sqsPort);
            sqs = durable.server();
            sqsSystem = durable.system();
        }
        sqsEndpoint = URI.create("http://127.0.0.1:" + sqsPort);

        BlobStore store = dataDir == null
                ? new TransientNio2BlobStore()
                : new DurableBlobStore(Files.createDirectories(dataDir.resolve("s3")).toAbsolutePath());
        s3Endpoint = URI.create("http://127.0.0.1:" + s3Port);
        s3 = S3Proxy.builder().blobStore(store).endpoint(s3Endpoint)
                .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                .ignoreUnknownHeaders(true)
                .build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
    }

    /** Starts all three on free ports; {@code dataDir} null keeps everything in memory. */
    public static Emulators start(Path dataDir) throws Exception {
        return new Emulators(dataDir, freePort(), freePort(), freePort());
    }

    public static Emulators start(Path dataDir, int dynamoPort, int sqsPort, int s3Port) throws Exception {
        return new Emulators(dataDir, dynamoPort, sqsPort, s3Port);
    }

    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    public URI sqsEndpoint() {
        return sqsEndpoint;
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    /** DynamoDB Local refuses port 0, so ports are chosen here. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        s3.stop();
        sqs.stopAndWait();
        if (sqsSystem != null) {
            sqsSystem.terminate();
        }
        dynamo.stop();
    }
}
