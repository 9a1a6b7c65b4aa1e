package com.clinic.platform.functions;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.clinic.platform.Role;
import java.util.List;

/**
 * Runs one handler in a fresh JVM as Lambda would (its no-argument constructor, the environment the parent
 * sets), invokes it once with a request id, and leaves standard output to the function's log lines.
 * {@link JsonLogLinesIT} reads them. Arguments: the handler class and the request id.
 */
public final class LogLinesProbe {
    static final String CUSTOMER_NAME = "张丽";
    static final String CUSTOMER_PHONE = "13912345678";

    private LogLinesProbe() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws Exception {
        RequestHandler handler = (RequestHandler) Class.forName(args[0]).getConstructor().newInstance();
        Object answer = handler.handleRequest(event(args[0]),
                LambdaContexts.of(args[1], System.getenv("AWS_LAMBDA_FUNCTION_NAME")));
        System.err.println("ANSWERED " + answer);
        System.exit(0);
    }

    /** A booking carrying a customer's name and phone (an HTTP function), or an unreadable queue message. */
    private static Object event(String handler) {
        if (handler.endsWith("DeliverNotificationsFunction")) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId("message-1");
            m.setBody("{\"phone\":\"" + CUSTOMER_PHONE + "\"");
            SQSEvent e = new SQSEvent();
            e.setRecords(List.of(m));
            return e;
        }
        APIGatewayV2HTTPEvent booking = HttpEvents.event("POST", "/visits", null, "{\"customer\":{\"name\":\""
                + CUSTOMER_NAME + "\",\"phone\":\"" + CUSTOMER_PHONE + "\",\"gender\":\"FEMALE\",\"age\":32,"
                + "\"source\":\"抖音\"},\"arrival\":{\"arrivalAt\":\"" + java.time.LocalDate.now().plusDays(2)
                + "T14:30:00+08:00\",\"mode\":\"FLIGHT\",\"transportNo\":\"CA4102\",\"station\":\"T2\"}}",
                "demo-sales", Role.SALES);
        booking.getHeaders().put("idempotency-key", "log-lines-1");
        return booking;
    }
}
