package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinic.frontoffice.functions.dispatch.ListDriversFunction;
import com.clinic.platform.Role;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

/**
 * Micronaut's default registers each invocation's Context as a new bean, so warm calls slow down without end;
 * the replacement registers nothing, so the context holds as many beans after 500 calls as after one.
 */
class ContextStaysFlatTest {

    @Test
    void invocationsRegisterNoBeans() {
        ApplicationContext context = TestCloud.get().context;
        ListDriversFunction fn = new ListDriversFunction(context);
        var event = HttpEvents.event("GET", "/staff/drivers", null, null, "d", Role.DISPATCHER);
        fn.handleRequest(event, LambdaContexts.of("req-0", "ListDriversFunction"));
        int before = context.getAllBeanDefinitions().size();
        for (int i = 1; i <= 500; i++) {
            fn.handleRequest(event, LambdaContexts.of("req-" + i, "ListDriversFunction"));
        }
        assertEquals(before, context.getAllBeanDefinitions().size());
    }
}
