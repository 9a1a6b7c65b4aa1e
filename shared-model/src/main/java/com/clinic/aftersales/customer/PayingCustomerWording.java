package com.clinic.aftersales.customer;

import com.clinic.aftersales.customer.PayingCustomerEvent.*;
import com.clinic.platform.Money;

/** The words of the paying customers' events: the audit trail's line of each. */
final class PayingCustomerWording {
    private PayingCustomerWording() {
    }

    static String summary(PayingCustomerEvent event) {
        return event.accept(new PayingCustomerEvent.Visitor<>() {
            @Override
            public String paid(CustomerPaid e) {
                return (e.first() ? "成交：" : "再次成交：") + e.visitCode() + "，" + Money.yuan(e.amount());
            }

            @Override
            public String refunded(CustomerRefunded e) {
                return "退款：" + e.visitCode() + "，" + Money.yuan(e.amount());
            }

            @Override
            public String repriced(CustomerOrderRepriced e) {
                return "改价：" + e.visitCode() + "，" + Money.yuan(e.was()) + " → " + Money.yuan(e.now());
            }

            @Override
            public String corrected(CustomerCorrected e) {
                return "更正客户信息：" + e.was() + " → " + e.name();
            }

            @Override
            public String levelSet(CustomerLevelSet e) {
                return "设置等级：" + (e.was() == null ? "（无）" : e.was()) + " → " + e.level()
                        + (e.remark() == null ? "" : "，" + e.remark());
            }

            @Override
            public String levelsChanged(CustomerLevelsChanged e) {
                return "客户等级：" + String.join("、", e.names());
            }
        });
    }
}
