package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.clinic.frontoffice.functions.dispatch.ListDriversFunction;
import com.clinic.platform.Role;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

/**
 * Micronaut's default registers each invocation's Context as a new bean, so warm calls slow down without end;
 * the replacement registers nothing, so the context holds as many beans after 500 calls as after one.
 */
class ContextStaysFlatTest {

    static Context lambdaContext(int n) {
        return new Context() {
            public String getAwsRequestId() {
                return "req-" + n;
            }

            public String getLogGroupName() {
                return "g";
            }

            public String getLogStreamName() {
                return "s";
            }

            public String getFunctionName() {
                return "ListDriversFunction";
            }

            public String getFunctionVersion() {
                return "1";
            }

            public String getInvokedFunctionArn() {
                return "arn";
            }

            public CognitoIdentity getIdentity() {
                return null;
            }

            public ClientContext getClientContext() {
                return null;
            }

            public int getRemainingTimeInMillis() {
                return 10_000;
            }

            public int getMemoryLimitInMB() {
                return 1024;
            }

            public LambdaLogger getLogger() {
                return new LambdaLogger() {
                    public void log(String message) {
                    }

                    public void log(byte[] message) {
                    }
                };
            }
        };
    }

    @Test
    void invocationsRegisterNoBeans() {
        ApplicationContext context = TestCloud.get().context;
        ListDriversFunction fn = new ListDriversFunction(context);
        var event = HttpEvents.event("GET", "/staff/drivers", null, null, "d", Role.DISPATCHER);
        fn.handleRequest(event, lambdaContext(0));
        int before = context.getAllBeanDefinitions().size();
        for (int i = 1; i <= 500; i++) {
            fn.handleRequest(event, lambdaContext(i));
        }
        assertEquals(before, context.getAllBeanDefinitions().size());
    }
}
