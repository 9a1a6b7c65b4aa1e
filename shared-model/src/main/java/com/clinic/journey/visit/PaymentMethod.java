package com.clinic.journey.visit;

/** C-14 支付方式. */
public enum PaymentMethod {
    ALIPAY("支付宝"), WECHAT_PAY("微信"), CASH("现金"), CARD("刷卡"), LOAN("分期");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
