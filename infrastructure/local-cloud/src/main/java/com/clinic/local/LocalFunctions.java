package com.clinic.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.clinic.emulators.Template.Resource;
import com.clinic.emulators.Template;
import com.clinic.platform.api.ClinicFunction;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.reflect.GenericTypeUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every function of template.yaml, its handler class instantiated once around the shared application context,
 * as a warm Lambda would keep it.
 */
final class LocalFunctions {
    private final Map<String, RequestHandler<Object, Object>> handlers = new LinkedHashMap<>();
    private final Map<String, Resource> resources = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    LocalFunctions(Template template, ApplicationContext context) {
        for (Resource fn : template.resourcesOfType("AWS::Serverless::Function")) {
            String className = (String) fn.properties().get("Handler");
            try {
                Class<?> type = Class.forName(className);
                handlers.put(fn.id(), (RequestHandler<Object, Object>) type
                        .getConstructor(ApplicationContext.class).newInstance(context));
                resources.put(fn.id(), fn);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the handler of " + fn.id() + ": " + className, e);
            }
        }
    }

    Map<String, Resource> resources() {
        return resources;
    }

    /** A function's event of one type ({@code SQS}, {@code DynamoDB}, …) with its properties. */
    record EventSource(String functionId, Map<String, Object> properties) {
    }

    /** Every event of that type the template gives a function, as Lambda would wire it. */
    @SuppressWarnings("unchecked")
    List<EventSource> events(String type) {
        List<EventSource> out = new ArrayList<>();
        for (Resource fn : resources.values()) {
            Map<String, Object> events = (Map<String, Object>) fn.properties().getOrDefault("Events", Map.of());
            for (Object e : events.values()) {
                Map<String, Object> event = (Map<String, Object>) e;
                if (type.equals(event.get("Type"))) {
                    out.add(new EventSource(fn.id(), (Map<String, Object>) event.get("Properties")));
                }
            }
        }
        return out;
    }

    Object invoke(String functionId, Object input) {
        RequestHandler<Object, Object> h = handlers.get(functionId);
        if (h == null) {
            throw new IllegalArgumentException("no function " + functionId);
        }
        return h.handleRequest(input, null);
    }

    RequestHandler<Object, Object> handler(String functionId) {
        return handlers.get(functionId);
    }

    /** Invokes a function with a JSON payload read as the Lambda runtime reads it into the handler's input type. */
    void invokeJson(String functionId, String json) {
        RequestHandler<Object, Object> h = handlers.get(functionId);
        Class<?>[] types = GenericTypeUtils.resolveSuperTypeGenericArguments(h.getClass(), ClinicFunction.class);
        h.handleRequest(LambdaInput.read(json, types[0]), null);
    }
}
