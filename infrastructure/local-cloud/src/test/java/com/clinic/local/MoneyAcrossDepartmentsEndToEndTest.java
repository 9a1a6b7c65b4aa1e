package com.clinic.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.platform.ShanghaiTime;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The money and the facts agree across departments when things change after a payment, over HTTP against the local
 * cloud (docs/money-across-departments.md): a price cut below the loan is settled by reducing the loan;
 * 成交客户 follows refunds and corrected names; a rejected journey's loan is not dunned until it is restored; and
 * after-sales restructures, settles early or cancels a loan; and the customer's one timeline gathers what every
 * department did for her, each read of it logged in it.
 */
class MoneyAcrossDepartmentsEndToEndTest {
    static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 1_000_000));
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        api = ApiClient.shared();
    }

    /** A visit's path and the version last read. */
    static final class Visit {
        final String path;
        String version;

        Visit(String code, String version) {
            this.path = "/visits/" + code;
            this.version = version;
        }

        String code() {
            return path.substring("/visits/".length());
        }

        HttpResponse<String> act(String method, String step, String user, String body) throws Exception {
            HttpResponse<String> r = api.call(method, path + step, user, body, "If-Match", version);
            version = r.headers().firstValue("ETag").orElse(version);
            return r;
        }

        String ok(String method, String step, String user, String body) throws Exception {
            HttpResponse<String> r = act(method, step, user, body);
            assertEquals(200, r.statusCode(), method + " " + step + ": " + r.body());
            return r.body();
        }
    }

    /** A walk-in for double-eyelid (¥15,000.00), priced and waiting at the cashier. */
    static Visit priced(String name) throws Exception {
        String phone = "139" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000);
        HttpResponse<String> in = api.call("POST", "/walk-ins", "frontdesk", "{\"name\":\"" + name + "\",\"phone\":\""
                + phone + "\",\"gender\":\"FEMALE\",\"age\":30,\"source\":\"抖音\"}");
        assertEquals(201, in.statusCode(), in.body());
        Visit v = new Visit(ApiClient.field(in.body(), "code"), in.headers().firstValue("ETag").orElseThrow());
        v.ok("POST", "/arrival", "frontdesk", null);
        v.ok("POST", "/consultant", "admin", "{\"consultantId\":\"demo-consultant\"}");
        v.ok("POST", "/consultation", "consultant", null);
        v.ok("POST", "/order", "consultant", "{\"items\":[{\"catalogItemId\":\"double-eyelid\"}]}");
        v.ok("POST", "/price-review", "admin", null);
        return v;
    }

    static LocalDate today() {
        return ShanghaiTime.dateOf(api.cloud().clock().instant());
    }

    /** WeChat 499,999 and a loan of 1,000,001 over 6 months: the loan's id. */
    static String paidWithLoan(Visit v) throws Exception {
        String body = v.ok("POST", "/payments", "frontdesk", "{\"lines\":[{\"method\":\"WECHAT_PAY\",\"amount\":499999},"
                + "{\"method\":\"LOAN\",\"amount\":1000001,\"periods\":6,\"firstRepaymentDate\":\""
                + today().plusDays(20) + "\"}]}");
        Matcher loan = Pattern.compile("\"id\":\"([^\"]+)\",\"method\":\"LOAN\"").matcher(body);
        assertTrue(loan.find(), body);
        return loan.group(1);
    }

    /** The answer once it satisfies the test (after-sales hears of the visit through the table's stream). */
    static String eventually(String path, String user, Predicate<String> test) throws Exception {
        String body = "";
        for (int i = 0; i < 150; i++) {
            HttpResponse<String> r = api.call("GET", path, user, null);
            body = r.body();
            if (r.statusCode() == 200 && test.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never came to the expected state: " + body);
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aPriceCutBelowTheLoanIsSettledByReducingTheLoanAndThePayingCustomerFollows() throws Exception {
        Visit v = priced("林静");
        String loan = paidWithLoan(v);
        String opened = eventually("/loans/" + loan, "aftersales", b -> b.contains("\"principal\":1000001"));
        assertEquals(6, ApiClient.count(opened, "\"dueDate\""));

        String cut = v.ok("POST", "/price-review", "admin", "{\"changes\":[{\"line\":0,\"finalPrice\":800000}]}");
        assertTrue(cut.contains("\"balance\":-700000"), cut);
        assertTrue(api.call("GET", "/cashier/waiting?limit=100", "frontdesk", null).body().contains(v.code()));
        // the way it came: WeChat back in full, the rest off the loan (多退 with a loan)
        String refunded = v.ok("POST", "/refunds", "frontdesk", "{\"lines\":[{\"method\":\"WECHAT_PAY\","
                + "\"amount\":499999},{\"method\":\"LOAN\",\"amount\":200001,\"loanId\":\"" + loan + "\"}]}");
        assertTrue(refunded.contains("\"balance\":0"), refunded);
        assertFalse(api.call("GET", "/cashier/waiting?limit=100", "frontdesk", null).body().contains(v.code()));

        String reduced = eventually("/loans/" + loan, "aftersales", b -> b.contains("\"principal\":800000"));
        assertEquals(800_000, number(reduced, "total"), "the periods add up to the new principal");
        assertEquals(800_000, number(reduced, "outstanding"));
        assertTrue(reduced.contains("\"kind\":\"REDUCED\""), reduced);
        String customer = eventually("/after-sales/paying-customers?code=" + v.code(), "aftersales",
                b -> b.contains("\"paid\":800000"));
        assertTrue(customer.contains("\"spent\":800000"), "the order as last priced: " + customer);
        assertTrue(customer.contains("\"amount\":-700000"), "the refund is on the customer's record: " + customer);

        // cut to 1 fen: more than the loan still finances here is refused, naming the line
        v.ok("POST", "/price-review", "admin", "{\"changes\":[{\"line\":0,\"finalPrice\":1}]}");
        HttpResponse<String> tooMuch = v.act("POST", "/refunds", "frontdesk",
                "{\"lines\":[{\"method\":\"LOAN\",\"amount\":800001}]}");
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        assertTrue(tooMuch.body().contains("lines[0].amount"), tooMuch.body());
        HttpResponse<String> notALoan = v.act("POST", "/refunds", "frontdesk",
                "{\"lines\":[{\"method\":\"CASH\",\"amount\":1,\"loanId\":\"" + loan + "\"}]}");
        assertEquals(400, notALoan.statusCode());
        assertTrue(notALoan.body().contains("lines[0].loanId"), notALoan.body());
        String settled = v.ok("POST", "/refunds", "frontdesk", "{\"lines\":[{\"method\":\"LOAN\",\"amount\":799999}]}");
        assertTrue(settled.contains("\"balance\":0"), settled);
        String oneFen = eventually("/loans/" + loan, "aftersales", b -> b.contains("\"principal\":1,"));
        assertEquals(1, number(oneFen, "total"), "the customer owes the final price and no more");
        eventually("/after-sales/paying-customers?code=" + v.code(), "aftersales", b -> b.contains("\"paid\":1,"));
    }

    @Test
    void aRejectedJourneysLoanIsNotDunnedAndWaitsToBeSettledUntilRestored() throws Exception {
        Visit v = priced("吴敏");
        String loan = paidWithLoan(v);
        eventually("/loans/" + loan, "aftersales", b -> b.contains("\"status\":\"OPEN\""));
        v.ok("POST", "/rejection", "aftersales", "{\"reason\":\"客户决定不做手术\"}");
        String held = eventually("/loans/" + loan, "aftersales", b -> b.contains("\"status\":\"SUSPENDED\""));
        assertTrue(held.contains("\"suspendedFor\":\"客户决定不做手术\""), held);
        assertTrue(api.call("GET", "/after-sales/loans?toSettle=true&limit=100", "aftersales", null).body()
                .contains(loan));

        // the first due date passes while the journey is rejected: no 催款任务
        api.call("POST", "/_local/clock/advance?hours=" + 25 * 24, "aftersales", null);
        String still = api.call("GET", "/loans/" + loan, "aftersales", null).body();
        assertTrue(still.contains("\"status\":\"SUSPENDED\""), still);
        HttpResponse<String> dun = api.call("POST", "/loans/" + loan + "/dunning-contacts", "aftersales",
                "{\"channel\":\"PHONE\",\"outcome\":\"未接\"}", "If-Match", "\"" + number(still, "version") + "\"");
        assertEquals(409, dun.statusCode(), "a suspended loan is not dunned: " + dun.body());

        // restored, the period that fell due meanwhile is reported at once
        v.ok("POST", "/restoration", "aftersales", null);
        String overdue = eventually("/loans/" + loan, "aftersales", b -> b.contains("\"status\":\"OVERDUE\""));
        assertFalse(overdue.contains("\"suspendedFor\":\"客"), overdue);
        assertFalse(api.call("GET", "/after-sales/loans?toSettle=true&limit=100", "aftersales", null).body()
                .contains(loan));
    }

    @Test
    void aCorrectedNameTravelsToThePayingCustomerAndTheLoan() throws Exception {
        Visit v = priced("王晓");
        String loan = paidWithLoan(v);
        eventually("/after-sales/paying-customers?code=" + v.code(), "aftersales", b -> b.contains("王晓"));
        String visit = api.call("GET", v.path, "aftersales", null).body();
        v.version = api.call("GET", v.path, "aftersales", null).headers().firstValue("ETag").orElseThrow();
        assertTrue(visit.contains("王晓"));
        v.ok("PUT", "/customer", "aftersales", "{\"name\":\"汪晓\",\"gender\":\"FEMALE\",\"age\":30,"
                + "\"source\":\"小红书 @汪晓\"}");
        String found = eventually("/after-sales/paying-customers?name=" + encoded("汪晓"), "aftersales",
                b -> b.contains(v.code()));
        assertTrue(found.contains("\"nameBefore\":\"王晓\"") && found.contains("\"source\":\"小红书 @汪晓\""), found);
        assertFalse(api.call("GET", "/after-sales/paying-customers?name=" + encoded("王晓"), "aftersales", null)
                .body().contains(v.code()), "the old name no longer finds her");
        eventually("/loans/" + loan, "aftersales", b -> b.contains("\"customerName\":\"汪晓\""));
    }

    @Test
    void afterSalesRestructuresSettlesEarlyAndTheSuperAdminCancels() throws Exception {
        Visit v = priced("赵敏");
        String loan = paidWithLoan(v);
        String l = "/loans/" + loan;
        String open = eventually(l, "aftersales", b -> b.contains("\"status\":\"OPEN\""));
        String version = "\"" + number(open, "version") + "\"";

        HttpResponse<String> terms = api.call("POST", l + "/restructuring", "aftersales", "{\"periods\":3,"
                + "\"firstRepaymentDate\":\"" + today().plusDays(40) + "\",\"reason\":\"收入变化\"}", "If-Match", version);
        assertEquals(200, terms.statusCode(), terms.body());
        assertEquals(3, ApiClient.count(terms.body(), "\"dueDate\""));
        assertEquals(1_000_001, number(terms.body(), "total"));
        HttpResponse<String> noReason = api.call("POST", l + "/restructuring", "aftersales",
                "{\"periods\":3,\"firstRepaymentDate\":\"" + today().plusDays(40) + "\"}", "If-Match",
                terms.headers().firstValue("ETag").orElseThrow());
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());

        assertEquals(403, api.call("POST", l + "/cancellation", "aftersales", "{\"reason\":\"x\"}", "If-Match",
                terms.headers().firstValue("ETag").orElseThrow()).statusCode(), "the super admin's decision");
        HttpResponse<String> wrong = api.call("POST", l + "/early-settlement", "aftersales", "{\"amount\":1,"
                + "\"method\":\"CASH\",\"paidOn\":\"" + today() + "\"}", "If-Match",
                terms.headers().firstValue("ETag").orElseThrow());
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("\"field\":\"amount\""), wrong.body());
        HttpResponse<String> settled = api.call("POST", l + "/early-settlement", "aftersales", "{\"amount\":1000001,"
                + "\"method\":\"BANK_TRANSFER\",\"paidOn\":\"" + today() + "\",\"remark\":\"一次结清\"}", "If-Match",
                terms.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, settled.statusCode(), settled.body());
        assertTrue(settled.body().contains("\"status\":\"SETTLED\""), settled.body());
        assertEquals(409, api.call("POST", l + "/cancellation", "admin", "{\"reason\":\"院长批准\"}", "If-Match",
                settled.headers().firstValue("ETag").orElseThrow()).statusCode(), "nothing left to cancel");

        Visit other = priced("钱芳");
        String second = "/loans/" + paidWithLoan(other);
        String taken = eventually(second, "aftersales", b -> b.contains("\"status\":\"OPEN\""));
        HttpResponse<String> cancelled = api.call("POST", second + "/cancellation", "admin",
                "{\"reason\":\"客户放弃手术，经院长批准免除\"}", "If-Match", "\"" + number(taken, "version") + "\"");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertTrue(cancelled.body().contains("\"status\":\"CANCELLED\"") && cancelled.body().contains("WRITTEN_OFF"));
        assertTrue(api.call("GET", second + "/audit", "aftersales", null).body().contains("取消分期"));
    }

    @Test
    void anEditRefusesAFieldItWouldNotApply() throws Exception {
        HttpResponse<String> raised = api.call("POST", "/complaints", "aftersales", "{\"customerName\":\"王晓\","
                + "\"staffId\":\"demo-consultant\",\"category\":\"ATTITUDE\",\"severity\":\"HIGH\","
                + "\"description\":\"咨询时催促签单\"}");
        assertEquals(201, raised.statusCode(), raised.body());
        String c = "/complaints/" + ApiClient.field(raised.body(), "id");
        String version = raised.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> renamed = api.call("PUT", c, "aftersales", "{\"customerName\":\"汪晓\","
                + "\"category\":\"ATTITUDE\",\"severity\":\"HIGH\",\"description\":\"咨询时催促签单\"}",
                "If-Match", version);
        assertEquals(400, renamed.statusCode(), "a complaint's edit does not rename the customer: " + renamed.body());
        assertTrue(renamed.body().contains("\"field\":\"customerName\""), renamed.body());
        HttpResponse<String> edited = api.call("PUT", c, "aftersales", "{\"category\":\"SERVICE\","
                + "\"severity\":\"HIGH\",\"description\":\"咨询时催促签单，态度不耐烦\"}", "If-Match", version);
        assertEquals(200, edited.statusCode(), edited.body());
    }

    @Test
    void oneTimelinePerCustomerAcrossDepartmentsWithEveryReadLogged() throws Exception {
        Visit v = priced("孙悦");
        String loan = paidWithLoan(v);
        eventually("/loans/" + loan, "aftersales", b -> b.contains("\"status\":\"OPEN\""));
        String customerId = ApiClient.field(api.call("GET", v.path, "aftersales", null).body(), "customerId");
        String first = eventually("/customers/" + customerId + "/timeline?limit=50", "aftersales",
                b -> b.contains("\"kind\":\"loan\"") && b.contains("\"kind\":\"paying-customer\""));
        assertTrue(first.contains("\"action\":\"COLLECT_PAYMENT\"") && first.contains("\"subject\":\"" + v.code()
                + "\""), first);
        assertTrue(first.indexOf("COLLECT_PAYMENT") < first.indexOf("REVIEW_PRICES"), "newest first: " + first);
        String phone = ApiClient.field(api.call("GET", v.path, "aftersales", null).body(), "phone");
        String byPhone = api.call("GET", "/customers/" + phone + "/timeline?limit=5", "admin", null).body();
        assertTrue(byPhone.contains("\"kind\":\"timeline-read\"") && byPhone.contains("陈售后"),
                "the super admin sees who read it before: " + byPhone);
        assertEquals(403, api.call("GET", "/customers/" + phone + "/timeline", "driver1", null).statusCode());
        // her consultant sees the lines of her visit only; another consultant none of them
        String consultant = api.call("GET", "/customers/" + phone + "/timeline?limit=100", "consultant", null).body();
        assertTrue(consultant.contains("\"kind\":\"visit\"") && !consultant.contains("\"kind\":\"loan\"")
                && !consultant.contains("\"kind\":\"timeline-read\""), consultant);
        String other = api.call("GET", "/customers/" + phone + "/timeline?limit=100", "consultant2", null).body();
        assertFalse(other.contains("\"kind\":"), other);
        assertEquals(404, api.call("GET", "/customers/no-such-customer/timeline", "aftersales", null).statusCode());
    }
}
