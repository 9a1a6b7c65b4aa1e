package com.clinic.aftersales.loan;

/** C-18 how a repayment or a recovery reached the clinic. */
public enum RepaymentMethod {
    ALIPAY("支付宝"), WECHAT_PAY("微信"), CASH("现金"), CARD("刷卡"), BANK_TRANSFER("银行转账");

    private final String label;

    RepaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
