package com.clinic.infra.sqs;

import com.clinic.model.port.PrintQueue;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The print queue: the message is the job id; the worker reads the job from the table. */
public final class SqsPrintQueue implements PrintQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsPrintQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(String jobId) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(jobId));
    }
}
