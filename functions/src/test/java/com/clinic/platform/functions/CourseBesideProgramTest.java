package com.clinic.platform.functions;

import static com.clinic.platform.functions.HttpEvents.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import com.clinic.platform.port.FileStore;
import com.clinic.program.order.Programs;
import com.clinic.program.functions.course.GetCourseFunction;
import com.clinic.program.functions.course.RecordDeviceGuidanceFunction;
import com.clinic.program.functions.delivery.ConfirmShipmentFunction;
import com.clinic.program.functions.orders.GetProgramFunction;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The office and the coaches act on one program at once: the admin confirms the shipment (H-11) on the program's
 * version while the assistant coach records a device's guidance (H-15) on the course's, each with the If-Match it
 * read (her archive says 56: by phone, with a screenshot). Two records, two versions: both succeed, and each record
 * moves by one version.
 */
class CourseBesideProgramTest {
    private static final int ROUNDS = 3;

    @Test
    void theOfficesDeliveryStepAndTheCoachsCourseStepBothSucceedAtOnce() throws Exception {
        TestCloud cloud = TestCloud.get();
        new Journeys(cloud.context, SampleData.DAY);
        for (int round = 0; round < ROUNDS; round++) {
            String prefix = "B" + UUID.randomUUID().toString().substring(0, 6) + "-";
            SampleData.seedCare(cloud, prefix, cloud.context.getBean(Programs.class),
                    new Actor("demo-office", "褚行政", Set.of(Role.ADMIN)));
            String id = "P-" + prefix + "SO1019";
            String screenshot = "programs/" + id + "/guidance/scale.png";
            cloud.context.getBean(FileStore.class).put(screenshot, new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                    "image/png");
            String programTag = get(new GetProgramFunction(cloud.context), "/programs/" + id, id).getHeaders()
                    .get("ETag");
            String courseTag = get(new GetCourseFunction(cloud.context), "/programs/" + id + "/course", id)
                    .getHeaders().get("ETag");
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<APIGatewayV2HTTPResponse> shipped = CompletableFuture.supplyAsync(at(together, () ->
                    new ConfirmShipmentFunction(cloud.context).handleRequest(post("/programs/" + id + "/shipment", id,
                            "{\"photoKeys\":[\"programs/" + id + "/shipment/goods-1.jpg\"]}", programTag,
                            "demo-office", Role.ADMIN), null)));
            CompletableFuture<APIGatewayV2HTTPResponse> guided = CompletableFuture.supplyAsync(at(together, () ->
                    new RecordDeviceGuidanceFunction(cloud.context).handleRequest(post("/programs/" + id
                            + "/device-guidance", id, "{\"device\":\"SCALE\",\"method\":\"PHONE\",\"bound\":\"true\","
                            + "\"screenshotKeys\":[\"" + screenshot + "\"]}",
                            courseTag, "demo-coach", Role.ASSISTANT_COACH), null)));
            assertEquals(200, shipped.get().getStatusCode(), shipped.get().getBody());
            assertEquals(200, guided.get().getStatusCode(), guided.get().getBody());
            assertEquals(next(programTag), shipped.get().getHeaders().get("ETag"), "the program moved by one");
            assertEquals(next(courseTag), guided.get().getHeaders().get("ETag"), "the course moved by one");
        }
    }

    private static String next(String tag) {
        return "\"" + (Long.parseLong(tag.replace("\"", "")) + 1) + "\"";
    }

    private static <T> Supplier<T> at(CyclicBarrier barrier, Supplier<T> call) {
        return () -> {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return call.get();
        };
    }

    private static APIGatewayV2HTTPResponse get(com.clinic.platform.api.ApiFunction fn, String path, String id) {
        return fn.handleRequest(event("GET", path, Map.of("id", id), null, "demo-office", Role.ADMIN), null);
    }

    private static APIGatewayV2HTTPEvent post(String path, String id, String body, String ifMatch, String user,
                                              Role role) {
        APIGatewayV2HTTPEvent e = event("POST", path, Map.of("id", id), body, user, role);
        e.getHeaders().put("if-match", ifMatch);
        return e;
    }
}
