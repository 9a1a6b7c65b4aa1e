package com.clinic.printing.sqs;

import com.clinic.printing.PrintQueue;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The print queue: the message is the job id; the worker reads the job from the table. */
public final class SqsPrintQueue implements PrintQueue {
    private final Supplier<SqsClient> sqs;
    private final String queueUrl;

    public SqsPrintQueue(Supplier<SqsClient> sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(String jobId) {
        sqs.get().sendMessage(b -> b.queueUrl(queueUrl).messageBody(jobId));
    }
}
