package com.clinic.program;

import com.clinic.platform.Money;
import com.clinic.platform.Names;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The order a program is made from: who bought which program for how much (fen), through which channel, paid how. */
public record PaidOrder(String orderNo, Program.Channel channel, String customerId, String customerName, String phone,
                        String product, long amount, Payment payment) {

    /** The payment the order was paid with, as the payment system reports it. */
    public record Payment(Program.Channel channel, long amount, String payerName, String payerPhone, String reference,
                          Instant paidAt) {
    }

    /**
     * What disagrees between the order and its payment: the amount, the channel, the payer's phone and name (each
     * when the payment names it; names compared in one normal form, so spaces and full-width letters do not count).
     * Empty when they match.
     */
    public List<String> mismatches() {
        List<String> out = new ArrayList<>();
        Payment p = payment;
        if (p.amount() != amount) {
            out.add("金额不一致：订单 " + Money.yuan(amount) + "，支付 " + Money.yuan(p.amount()));
        }
        if (p.channel() != channel) {
            out.add("渠道不一致：订单 " + channel.label() + "，支付 " + p.channel().label());
        }
        if (p.payerPhone() != null && !p.payerPhone().equals(phone)) {
            out.add("付款人不一致：订单 " + phone + "，支付 " + p.payerPhone());
        }
        if (p.payerName() != null && !Names.normalised(p.payerName()).equals(Names.normalised(customerName))) {
            out.add("付款人姓名不一致：订单 " + customerName + "，支付 " + p.payerName());
        }
        return out;
    }
}
