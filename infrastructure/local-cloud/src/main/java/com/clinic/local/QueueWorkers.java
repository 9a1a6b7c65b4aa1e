package com.clinic.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.clinic.emulators.LocalResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Polls each SQS-triggered function's queue and invokes it with batches, as Lambda's event source mapping
 * does: messages the function reports as failed stay on the queue and come back after the visibility timeout;
 * the queue's redrive policy moves them to the dead-letter queue in the end.
 */
final class QueueWorkers {
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    QueueWorkers(LocalFunctions functions, LocalResources resources, SqsClient sqs) {
        for (LocalFunctions.EventSource source : functions.events("SQS")) {
            String arn = resources.resolve(source.properties().get("Queue"));
            String url = sqs.getQueueUrl(b -> b.queueName(arn.substring(arn.lastIndexOf(':') + 1))).queueUrl();
            int batch = ((Number) source.properties().getOrDefault("BatchSize", 10)).intValue();
            Thread t = new Thread(() -> poll(functions, source.functionId(), sqs, url, arn, batch),
                    "worker-" + source.functionId());
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    /**
     * How long a message a worker took stays hidden: shorter than the deployed queues' 120 s, so that after a
     * local cloud is killed mid-batch (with -Dlocal.data) its messages are worked again soon after the restart.
     */
    static final int LOCAL_VISIBILITY_SECONDS = 15;

    int count() {
        return threads.size();
    }

    private void poll(LocalFunctions functions, String functionId, SqsClient sqs, String url, String arn,
                      int batch) {
        while (running) {
            try {
                List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(batch)
                        .waitTimeSeconds(1).visibilityTimeout(LOCAL_VISIBILITY_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
                if (messages.isEmpty()) {
                    continue;
                }
                SQSEvent event = new SQSEvent();
                event.setRecords(messages.stream().map(m -> record(m, arn)).toList());
                Set<String> failed;
                try {
                    SQSBatchResponse r = (SQSBatchResponse) functions.invoke(functionId, event);
                    failed = r == null || r.getBatchItemFailures() == null ? Set.of()
                            : r.getBatchItemFailures().stream()
                                    .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                                    .collect(Collectors.toSet());
                } catch (RuntimeException ex) {
                    // An unhandled error fails the whole batch, as in Lambda.
                    failed = messages.stream().map(Message::messageId).collect(Collectors.toSet());
                }
                for (Message m : messages) {
                    if (!failed.contains(m.messageId())) {
                        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    sleep();
                }
            }
        }
    }

    private static SQSEvent.SQSMessage record(Message m, String arn) {
        SQSEvent.SQSMessage r = new SQSEvent.SQSMessage();
        r.setMessageId(m.messageId());
        r.setReceiptHandle(m.receiptHandle());
        r.setBody(m.body());
        r.setMd5OfBody(m.md5OfBody());
        r.setEventSource("aws:sqs");
        r.setEventSourceArn(arn);
        r.setAttributes(m.attributesAsStrings());
        return r;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
    }
}
