package com.clinic.local;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.clinic.emulators.LocalResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.joda.time.DateTime;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Stands in for S3's EventBridge notifications, which s3proxy does not send: for each function whose
 * EventBridgeRule matches "Object Created" under a key prefix, new objects under that prefix are delivered as
 * the event EventBridge would send. A failing delivery is retried on the next pass, three times in all.
 */
final class ObjectCreatedEvents {
    static final int ATTEMPTS = 3;

    private record Watch(String functionId, String bucket, String prefix) {
    }

    private final List<Watch> watches = new ArrayList<>();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final LocalFunctions functions;
    private final S3Client s3;

    @SuppressWarnings("unchecked")
    ObjectCreatedEvents(LocalFunctions functions, LocalResources resources, S3Client s3) {
        this.functions = functions;
        this.s3 = s3;
        for (LocalFunctions.EventSource source : functions.events("EventBridgeRule")) {
            Map<String, Object> pattern = (Map<String, Object>) source.properties().get("Pattern");
            Map<String, Object> detail = (Map<String, Object>) pattern.get("detail");
            Object bucketRef = ((List<?>) ((Map<String, Object>) detail.get("bucket")).get("name")).get(0);
            Map<String, Object> keyRule = (Map<String, Object>) ((List<?>) ((Map<String, Object>)
                    detail.get("object")).get("key")).get(0);
            watches.add(new Watch(source.functionId(), resources.resolve(bucketRef),
                    (String) keyRule.get("prefix")));
        }
    }

    int count() {
        return watches.size();
    }

    /** One pass over every watched prefix; returns how many objects were delivered. */
    synchronized int deliverNew() {
        int n = 0;
        for (Watch w : watches) {
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(w.bucket()).prefix(w.prefix())).contents()) {
                String id = w.functionId() + "|" + o.key();
                if (delivered.contains(id) || failures.getOrDefault(id, 0) >= ATTEMPTS) {
                    continue;
                }
                try {
                    functions.invoke(w.functionId(), event(w.bucket(), o));
                    delivered.add(id);
                    n++;
                } catch (RuntimeException e) {
                    failures.merge(id, 1, Integer::sum);
                }
            }
        }
        return n;
    }

    private static ScheduledEvent event(String bucket, S3Object o) {
        ScheduledEvent e = new ScheduledEvent();
        e.setSource("aws.s3");
        e.setDetailType("Object Created");
        e.setTime(new DateTime(o.lastModified().toEpochMilli()));
        e.setDetail(Map.of("bucket", Map.of("name", bucket),
                "object", Map.of("key", o.key(), "size", o.size(), "etag", o.eTag()), "reason", "PutObject"));
        return e;
    }
}
