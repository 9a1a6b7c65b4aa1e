package com.clinic.local;

import com.clinic.aftersales.customer.CustomerLevels;
import com.clinic.program.plan.PlanForms;
import com.clinic.program.delivery.DeliveryForms;
import com.clinic.program.delivery.Carriers;
import com.clinic.platform.Role;
import com.clinic.platform.catalog.CatalogItem;
import com.clinic.platform.staff.StaffMember;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo data the local cloud seeds: one staff account per role, two drivers, two consultants, one account
 * with two roles, a small treatments catalogue, the customer levels, the partner carriers and a plan
 * template.
 */
final class DemoStaff {
    private DemoStaff() {
    }

    /** By user name, as one signs in. */
    static Map<String, StaffMember> all() {
        Map<String, StaffMember> staff = new LinkedHashMap<>();
        add(staff, "sales", "赵开发", "13900000001", Role.SALES);
        add(staff, "dispatcher", "钱调度", "13900000002", Role.DISPATCHER);
        add(staff, "driver1", "孙师傅", "13900000003", Role.DRIVER);
        add(staff, "driver2", "李师傅", "13900000004", Role.DRIVER);
        add(staff, "frontdesk", "周前台", "13900000005", Role.FRONT_DESK);
        add(staff, "photo", "吴拍照", "13900000006", Role.PHOTO_ROOM);
        add(staff, "lab", "郑检验", "13900000007", Role.LAB);
        add(staff, "admin", "王超管", "13900000008", Role.SUPER_ADMIN);
        add(staff, "consultant", "冯咨询", "13900000009", Role.CONSULTANT);
        add(staff, "consultant2", "何咨询", "13900000020", Role.CONSULTANT);
        add(staff, "aftersales", "陈售后", "13900000010", Role.AFTER_SALES);
        add(staff, "office", "褚行政", "13900000011", Role.ADMIN);
        add(staff, "service", "卫客服", "13900000012", Role.CUSTOMER_SERVICE);
        add(staff, "auditor", "蒋审核", "13900000013", Role.AUDITOR);
        add(staff, "manager", "沈健康", "13900000014", Role.HEALTH_MANAGER);
        add(staff, "headcoach", "韩主教练", "13900000015", Role.HEAD_COACH);
        add(staff, "coach", "杨副教练", "13900000016", Role.ASSISTANT_COACH);
        add(staff, "customer", "朱用户", "13900000017", Role.CUSTOMER);
        add(staff, "customer2", "许用户", "13900000019", Role.CUSTOMER);
        add(staff, "frontcash", "秦前台", "13900000018", Role.FRONT_DESK, Role.AFTER_SALES);
        return staff;
    }

    /** List prices in fen. */
    static List<CatalogItem> catalogue() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return List.of(new CatalogItem("double-eyelid", "双眼皮", 1_500_000, true, at),
                new CatalogItem("freckle-removal", "祛斑", 318_000, true, at),
                new CatalogItem("hydrafacial", "小气泡清洁", 398_000, true, at),
                new CatalogItem("thermage", "热玛吉", 2_680_000, true, at),
                new CatalogItem("rhinoplasty-2019", "旧款隆鼻", 2_000_000, false, at));
    }

    /** The partner carriers the program's admin keeps (H-10), as the clinic starts with. */
    static List<Carriers.Carrier> carriers() {
        return List.of(new Carriers.Carrier("SF", "顺丰速运"), new Carriers.Carrier("EMS", "中国邮政 EMS"),
                new Carriers.Carrier("JD", "京东物流"));
    }

    /** A plan template the health managers start from (H-08). */
    static PlanForms.TemplateForm lowCarbTemplate() {
        return new PlanForms.TemplateForm("低碳水 49 天", "低碳水", "三餐定时定量，晚餐七分饱，少油少糖", "每日快走 30 分钟，每周两次拉伸",
                "23 点前入睡，睡足 7 小时", "每晚冥想 10 分钟，记录三件好事", List.of(new PlanForms.GoodsForm("代餐粉", "7"),
                new PlanForms.GoodsForm("体脂秤", "1"), new PlanForms.GoodsForm("智能手环", "1")));
    }

    /** The customer levels the super admin keeps (C-16), as a clinic starts with. */
    static List<CustomerLevels.Entry> customerLevels() {
        return List.of(new CustomerLevels.Entry("VIP", "贵宾", "年消费十万以上"),
                new CustomerLevels.Entry("GOLD", "金卡", "年消费三万以上"),
                new CustomerLevels.Entry("NORMAL", "普通", null),
                new CustomerLevels.Entry("WATCH", "重点关注", "有纠纷或投诉，回访加密"));
    }

    private static void add(Map<String, StaffMember> staff, String user, String name, String phone, Role... roles) {
        staff.put(user, new StaffMember("demo-" + user, name, phone, Set.of(roles), true));
    }
}
