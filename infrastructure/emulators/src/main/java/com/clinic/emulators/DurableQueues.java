package com.clinic.emulators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.NodeAddress;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import scala.Option;

/**
 * ElasticMQ keeping its queues and messages in an H2 file under the data folder, wired as elasticmq-server does
 * for its {@code messages-storage}: every message added, received or deleted is written through, and at start
 * the queues and the messages still in them are restored, so a print job queued before a hard stop is still
 * rendered after the restart.
 */
final class DurableQueues {
    private DurableQueues() {
    }

    record Started(SQSRestServer server, ActorSystem system) {
    }

    static Started start(Path dataDir, int port) throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve("sqs")).toAbsolutePath();
        ActorSystem system = ActorSystem.create("elasticmq");
        SqlQueuePersistenceConfig storage = new SqlQueuePersistenceConfig(true, "org.h2.Driver",
                "jdbc:h2:file:" + dir.resolve("messages") + ";WRITE_DELAY=0", "", "", false);
        ActorRef store = system.actorOf(Props.create(SqlQueuePersistenceActor.class, storage,
                scala.collection.immutable.List$.MODULE$.empty()));
        ActorRef queues = system.actorOf(Props.create(QueueManagerActor.class, new NowProvider(),
                StrictSQSLimits$.MODULE$, Option.apply(store)));
        Patterns.ask(store, new QueueEvent.Restore(queues), Duration.ofSeconds(60)).toCompletableFuture().get();
        SQSRestServer server = SQSRestServerBuilder.withActorSystem(system).withQueueManagerActor(queues)
                .withQueueEventListener(store).withInterface("127.0.0.1").withPort(port)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, "")).start();
        server.waitUntilStarted();
        return new Started(server, system);
    }
}
