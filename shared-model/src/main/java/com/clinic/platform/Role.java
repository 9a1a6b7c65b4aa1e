package com.clinic.platform;

/** Staff roles of SPEC "Roles"; the Cognito group names are the enum names. */
public enum Role {
    SALES("开发"),
    DISPATCHER("调度"),
    DRIVER("司机"),
    FRONT_DESK("前台"),
    PHOTO_ROOM("拍照室"),
    LAB("检验科"),
    SUPER_ADMIN("超管"),
    CONSULTANT("咨询师"),
    AFTER_SALES("售后"),
    ADMIN("行政"),
    CUSTOMER_SERVICE("客服"),
    AUDITOR("系统审核员"),
    HEALTH_MANAGER("健康管理师"),
    HEAD_COACH("主教练"),
    ASSISTANT_COACH("副教练"),
    CUSTOMER("用户"),
    /**
     * Not a person: the program shop's server, reporting paid orders (H-01). It comes only from a service token's
     * scope ({@link #SHOP_SCOPE}), never from a group, so no staff account can act as the shop.
     */
    SHOP("商城");

    /** The OAuth scope of the shop's client-credentials token. */
    public static final String SHOP_SCOPE = "clinic/shop.orders";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role named by a token group, or null for a group that is not a role (Cognito may hold others). */
    public static Role fromGroup(String group) {
        for (Role r : values()) {
            if (r != SHOP && r.name().equals(group)) {
                return r;
            }
        }
        return null;
    }
}
