package com.clinic.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.FileInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;

/**
 * Runs in a fresh JVM, as the Lambda runtime would: reads the event with the runtime's serializer, constructs
 * the handler, invokes it once, then prints one line ({@code ANSWER <classes loaded> <phases> <answer>}) for the
 * parent, which times the whole process from its start to that line.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws Exception {
        Class<?> handlerType = Class.forName(args[0]);
        Class<?> eventType = Class.forName(args[1]);
        Object event;
        try (InputStream in = new FileInputStream(args[2])) {
            PojoSerializer<?> serializer = LambdaEventSerializers.serializerFor(eventType,
                    ColdStartProbe.class.getClassLoader());
            event = serializer.fromJson(in);
        }
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        RequestHandler handler = (RequestHandler) handlerType.getConstructor().newInstance();
        long t1 = System.nanoTime();
        Object answer = handler.handleRequest(event, null);
        long t2 = System.nanoTime();
        System.out.println("ANSWER " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()
                + " jvm+event=" + jvm + "ms,init=" + (t1 - t0) / 1_000_000 + "ms,first-call=" + (t2 - t1) / 1_000_000
                + "ms " + answer);
        System.out.flush();
        System.exit(0);
    }
}
