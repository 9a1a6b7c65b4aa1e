package com.clinic.platform.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.clinic.emulators.Template;
import com.clinic.emulators.Template.HttpRoute;
import com.clinic.platform.Role;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Need to know on every route of openapi.yaml, for every role, as a stranger to the records of the route's sample:
 * a role the route does not name answers 403; a role that reaches only its own records of a kind (a visit's sales,
 * driver and consultant; a program's team and customer) answers 404 on a route that addresses one, exactly as an
 * unknown id does; a role that works every record of the kind is answered as the route would answer anyone (never
 * 403 or 404). The rule per record kind is the table below, written from docs/privacy.md.
 */
class RouteAccessTest {
    static final String TWIN = "V261126-";
    static final TestCloud CLOUD = TestCloud.get();

    /**
     * A kind of record, the path that addresses one, the roles that reach only their own, and those whose reach
     * depends on where the record stands (the photo room and the lab see a visit once it arrived: answered 404 or
     * not, never 403).
     */
    enum Kind {
        VISIT("/visits/{code}", "V200101-ZZZZZZ", EnumSet.of(Role.SALES, Role.DRIVER, Role.CONSULTANT)),
        PROGRAM("/programs/{id}", "P-NO-SUCH-ORDER", EnumSet.of(Role.CUSTOMER_SERVICE, Role.HEAD_COACH,
                Role.ASSISTANT_COACH, Role.CUSTOMER)),
        /** A print job is its subject's business: the sample's is a visit's, which only the desks see all of. */
        PRINT_JOB("/print-jobs/{id}", "00000000-0000-0000-0000-000000000000", EnumSet.of(Role.SALES, Role.DRIVER, Role.CONSULTANT, Role.ADMIN,
                Role.CUSTOMER_SERVICE, Role.AUDITOR, Role.HEALTH_MANAGER, Role.HEAD_COACH, Role.ASSISTANT_COACH,
                Role.CUSTOMER)),
        /** A customer's own data (her consents): a signed-in customer reaches only herself. */
        CUSTOMER("/customers/{id}", "13000000000", EnumSet.of(Role.CUSTOMER));

        static final Set<Role> BY_STAGE = EnumSet.of(Role.PHOTO_ROOM, Role.LAB);

        final String path;
        /** An id of the right shape that no record has. */
        final String unknown;
        final Set<Role> ownOnly;

        Kind(String path, String unknown, Set<Role> ownOnly) {
            this.path = path;
            this.unknown = unknown;
            this.ownOnly = ownOnly;
        }

        /** The path parameter that names the record. */
        String parameter() {
            return path.substring(path.indexOf('{') + 1, path.indexOf('}'));
        }

        static Kind of(String route) {
            for (Kind k : values()) {
                if (route.equals(k.path) || route.startsWith(k.path + "/")) {
                    return k;
                }
            }
            return null;
        }
    }

    @BeforeAll
    static void seedOnTheSampleDay() {
        CLOUD.clock.setTo(SampleData.DAY);
        SampleData.seed(CLOUD, TWIN);
        PrintJobs jobs = CLOUD.context.getBean(PrintJobs.class);
        String job = "4f6c2a9e-7d1b-4c3e-9a8f-1b2c3d4e5f60"; // the print job GetPrintJobFunction's sample reads
        if (jobs.find(job).isEmpty()) {
            jobs.create(PrintJob.queued(job, PrintKind.BARCODE_LABEL, TWIN + "K2M4N6", Journeys.STAFF,
                    SampleData.DAY));
        }
    }

    @AfterAll
    static void clockBack() {
        CLOUD.clock.reset();
    }

    static Stream<Arguments> routes() {
        return Template.loadDefault().httpRoutes().stream().map(r -> Arguments.of(r, r.method() + " " + r.path()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("routes")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyRoleIsAnsweredAsItsNeedToKnowSays(HttpRoute route, String name) throws Exception {
        Map<String, Object> op = OpenApi.operation(route.method(), route.path());
        Set<Role> allowed = ((List<String>) op.get("x-roles")).stream().map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        RequestHandler h = HostileInputTest.handler(Template.loadDefault().resources().get(route.functionId()),
                CLOUD.context);
        String sample = HostileInputTest.sample(route.functionId(), TWIN);
        Kind kind = Kind.of(route.path());
        List<String> wrong = new ArrayList<>();
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.SHOP))) {
            APIGatewayV2HTTPResponse r = (APIGatewayV2HTTPResponse) h.handleRequest(as(sample, role), null);
            int expected = !allowed.contains(role) ? 403 : kind != null && kind.ownOnly.contains(role) ? 404 : 0;
            boolean byStage = kind != null && kind != Kind.PROGRAM && kind != Kind.CUSTOMER
                    && Kind.BY_STAGE.contains(role);
            boolean ok = expected != 0 ? r.getStatusCode() == expected
                    : r.getStatusCode() != 403 && (byStage || r.getStatusCode() != 404);
            if (!ok) {
                wrong.add(role + " answered " + r.getStatusCode() + (expected == 0 ? "" : ", not " + expected) + ": "
                        + r.getBody());
            } else if (expected == 404) {
                // exactly as an unknown id is answered, so that ids cannot be probed
                String id = as(sample, role).getPathParameters().get(kind.parameter());
                String none = ((APIGatewayV2HTTPResponse) h.handleRequest(as(sample.replace(id, kind.unknown), role),
                        null)).getBody();
                if (!r.getBody().replace(id, kind.unknown).equals(none)) {
                    wrong.add(role + " answered " + r.getBody() + " where an unknown id answers " + none);
                }
            }
        }
        assertTrue(wrong.isEmpty(), name + ":\n" + String.join("\n", wrong));
    }

    /** The sample as a stranger of one role would send it: another staff id, that role only, no scopes. */
    static APIGatewayV2HTTPEvent as(String sample, Role role) throws Exception {
        APIGatewayV2HTTPEvent e = HostileInputTest.load(sample);
        e.getHeaders().remove("idempotency-key");
        Map<String, String> claims = new HashMap<>();
        claims.put("sub", "stranger-" + role.name().toLowerCase());
        claims.put("name", "陌生" + role.label());
        claims.put("cognito:groups", "[" + role.name() + "]");
        claims.put("token_use", "id");
        e.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build())
                .build());
        return e;
    }
}
