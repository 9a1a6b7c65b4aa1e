package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.emulators.Template.Resource;
import com.clinic.emulators.Template;
import com.clinic.journey.visit.VisitKind;
import com.clinic.platform.PageRequest;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.notification.NotificationInbox;
import com.clinic.platform.port.AggregateStore;
import com.clinic.printing.PrintJobs;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every function primes itself before a SnapStart snapshot by running its own path once; priming must work
 * against the real stores and leave nothing behind.
 */
class SnapStartPrimingTest {

    @Test
    void everyFunctionPrimesWithoutWritingAnything() throws Exception {
        TestCloud cloud = TestCloud.get();
        List<Resource> functions = Template.loadDefault().resourcesOfType("AWS::Serverless::Function");
        for (Resource fn : functions) {
            String handler = (String) fn.properties().get("Handler");
            ClinicFunction<?, ?> f = (ClinicFunction<?, ?>) Class.forName(handler)
                    .getConstructor(ApplicationContext.class).newInstance(cloud.context);
            f.beforeCheckpoint(null);
        }
        assertTrue(cloud.context.getBean(AggregateStore.class).load(VisitKind.VISIT, "PRIMING", null,
                AggregateStore.Related.NONE).record().isEmpty());
        assertTrue(cloud.context.getBean(PrintJobs.class).find("PRIMING").isEmpty());
        assertEquals(0, cloud.context.getBean(NotificationInbox.class).inbox("snapstart-priming",
                new PageRequest(10, null)).items().size());
        assertTrue(cloud.timers.pending.keySet().stream().noneMatch(name -> name.contains("PRIMING")));
    }
}
