package com.clinic.platform.runtime;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.clinic.platform.api.NoTableAtStart;
import com.clinic.platform.config.DynamoDbAtStart;

/**
 * The custom runtime's entry point (each artifact's {@code bootstrap} starts it): it begins the DynamoDB client
 * the handler will need, then hands over to AWS's runtime interface client, whose own start (its logging, its
 * class loader over the task root, its native client) then runs beside the client's build instead of before it.
 * Argument: the handler, as Lambda passes it.
 */
public final class LambdaBootstrap {
    private LambdaBootstrap() {
    }

    public static void main(String[] args) throws Throwable {
        ClassLoader loader = LambdaBootstrap.class.getClassLoader();
        // the client first: it is the longest thread of a start (TLS, the SDK's metadata, the priming read)
        if (!NoTableAtStart.class.isAssignableFrom(Class.forName(args[0], false, loader))) {
            DynamoDbAtStart.beginAhead();
        }
        // then the handler's class, so that its own work at start (the print worker's face) begins before the
        // runtime interface client's
        Class.forName(args[0], true, loader);
        AWSLambda.main(args);
    }
}
