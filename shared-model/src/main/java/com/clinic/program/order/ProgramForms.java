package com.clinic.program.order;

import com.clinic.program.PaidOrder;
import com.clinic.program.Team;
import com.clinic.platform.Check;
import com.clinic.platform.Flag;
import com.clinic.platform.Money;
import com.clinic.platform.Numeric;
import com.clinic.program.Program.Channel;
import com.clinic.program.Program.ContractType;
import java.time.Instant;
import java.util.regex.Pattern;

/** The program's forms, each naming every bad field. */
public final class ProgramForms {
    private static final Pattern ORDER_NO = Pattern.compile("[0-9A-Za-z-]{1,40}");
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");

    private ProgramForms() {
    }

    /** The payment the shop (or the admin, for a transfer) reports with the order. */
    public record PaymentForm(String channel, @Numeric String amount, String payerName, String payerPhone,
                              String reference, String paidAt) {
    }

    /** A paid order: the shop's order number, the customer (the app's user id), the product, amount and payment. */
    public record OrderForm(String orderNo, String channel, String customerId, String customerName, String phone,
                            String product, @Numeric String amount, PaymentForm payment) {
        public PaidOrder validate(Instant now) {
            Check check = new Check();
            String no = check.required("orderNo", orderNo, 40);
            if (no != null && !ORDER_NO.matcher(no).matches()) {
                check.fail("orderNo", "must be letters, digits and - (the shop's order number)");
            }
            Channel ch = check.oneOf("channel", channel, Channel.class, null);
            String customer = check.required("customerId", customerId, 64);
            if (customer != null && !ID.matcher(customer).matches()) {
                check.fail("customerId", "must be the app's user id (letters, digits, _ and -)");
            }
            String name = check.required("customerName", customerName, 50);
            String mobile = check.mobile("phone", phone);
            String what = check.required("product", product, 100);
            Long total = check.fen("amount", amount, Money.MAX_LINE);
            PaidOrder.Payment paid = null;
            if (payment == null) {
                check.fail("payment", "is required");
            } else {
                Channel pc = check.oneOf("payment.channel", payment.channel(), Channel.class, null);
                Long p = check.fen("payment.amount", payment.amount(), Money.MAX_LINE);
                String payer = check.optional("payment.payerName", payment.payerName(), 50);
                String payerPhone = payment.payerPhone() == null || payment.payerPhone().isBlank() ? null
                        : check.mobile("payment.payerPhone", payment.payerPhone());
                String ref = check.required("payment.reference", payment.reference(), 64);
                Instant at = check.instant("payment.paidAt", payment.paidAt());
                if (at != null && at.isAfter(now.plusSeconds(300))) {
                    check.fail("payment.paidAt", "must not be in the future");
                }
                if (check.isClean()) {
                    paid = new PaidOrder.Payment(pc, p, payer, payerPhone, ref, at);
                }
            }
            check.done();
            return new PaidOrder(no, ch, customer, name, mobile, what, total, paid);
        }
    }

    /** H-01 异常处理: what the technical team verified about a held order. */
    public record ReleaseForm(String note) {
        public String validate() {
            Check check = new Check();
            String n = check.required("note", note, 500);
            check.done();
            return n;
        }
    }

    /** H-02: the staff member for each seat of the team. */
    public record TeamForm(String headCoachId, String assistantCoachId, String customerServiceId) {
        public java.util.Map<Team.Seat, String> validate() {
            Check check = new Check();
            java.util.Map<Team.Seat, String> ids = new java.util.EnumMap<>(Team.Seat.class);
            ids.put(Team.Seat.HEAD_COACH, check.required("headCoachId", headCoachId, 64));
            ids.put(Team.Seat.ASSISTANT_COACH, check.required("assistantCoachId", assistantCoachId, 64));
            ids.put(Team.Seat.CUSTOMER_SERVICE, check.required("customerServiceId", customerServiceId, 64));
            check.done();
            return ids;
        }
    }

    /** The invited member's answer. */
    public record AnswerForm(@Flag String accept) {
        public boolean validate() {
            Check check = new Check();
            if (accept == null || accept.isBlank()) {
                check.fail("accept", "is required (true to join the group, false to decline)");
            }
            boolean yes = check.bool("accept", accept, false);
            check.done();
            return yes;
        }
    }

    /** H-02 异常处理: who takes a declined seat (the same member again, or another). */
    public record ReinviteForm(String staffId) {
        public String validate() {
            Check check = new Check();
            String id = check.required("staffId", staffId, 64);
            check.done();
            return id;
        }
    }

    /** H-01: the contract type the admin confirms. */
    public record ContractTypeForm(String contractType) {
        public ContractType validate() {
            Check check = new Check();
            ContractType t = check.oneOf("contractType", contractType, ContractType.class, null);
            check.done();
            return t;
        }
    }
}
