package com.clinic.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Runs in a fresh JVM in the Lambda runtime's order: loads and constructs the handler and, unless it takes the
 * event as a stream (which Lambda's runtimes prefer), builds the runtime's serializer for its event type (the
 * initialisation phase), then reads the event and invokes the handler once;
 * prints one line ({@code ANSWER <classes loaded> <phases> <answer>}) for the parent, which times the whole
 * process from its start to that line.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws Exception {
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        Class<?> handlerType = Class.forName(args[0]);
        Object handler = handlerType.getConstructor().newInstance();
        PojoSerializer<?> serializer = handler instanceof RequestStreamHandler ? null
                : LambdaEventSerializers.serializerFor(Class.forName(args[1]), ColdStartProbe.class.getClassLoader());
        long t1 = System.nanoTime();
        long t2;
        Object answer;
        try (InputStream in = new FileInputStream(args[2])) {
            if (handler instanceof RequestStreamHandler streaming) {
                t2 = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                streaming.handleRequest(in, out, null);
                answer = out.toString(StandardCharsets.UTF_8);
            } else {
                Object event = serializer.fromJson(in);
                t2 = System.nanoTime();
                answer = ((RequestHandler) handler).handleRequest(event, null);
            }
        }
        long t3 = System.nanoTime();
        System.out.println("ANSWER " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()
                + " jvm=" + jvm + "ms,init=" + (t1 - t0) / 1_000_000 + "ms,event=" + (t2 - t1) / 1_000_000
                + "ms,first-call=" + (t3 - t2) / 1_000_000 + "ms " + answer);
        System.out.flush();
        System.exit(0);
    }
}
