package com.clinic.local;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Turns a JSON payload into a handler's input object with the serializers the Lambda Java runtime uses. */
final class LambdaInput {
    private LambdaInput() {
    }

    static Object read(String json, Class<?> type) {
        PojoSerializer<?> serializer = LambdaEventSerializers.isLambdaSupportedEvent(type.getName())
                ? LambdaEventSerializers.serializerFor(type, LambdaInput.class.getClassLoader())
                : JacksonFactory.getInstance().getSerializer(type);
        return serializer.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
