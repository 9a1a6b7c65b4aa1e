package com.clinic.aftersales.functions.customers;

import com.clinic.aftersales.customer.PayingCustomers;
import com.clinic.aftersales.functions.CustomerSearch;
import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.views.PageView;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;

/**
 * C-16 成交客户: every customer who has paid, newest last payment first: by the days of the last payment
 * (?from=&to=, Asia/Shanghai; this month so far by default, at most a year), or searched by mobile (?phone=), name
 * (?name=, spaces and full-width letters ignored) or visit code (?code=) — one search at a time.
 */
@Serves({"C-16"})
@AllowedRoles({Role.AFTER_SALES, Role.SUPER_ADMIN})
public class ListPayingCustomersFunction extends ApiFunction {
    private final PayingCustomers customers = bean(PayingCustomers.class);

    public ListPayingCustomersFunction() {
    }

    public ListPayingCustomersFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        CustomerSearch search = CustomerSearch.of(r);
        if (search.code() != null) {
            return ApiResponse.ok(PageView.of(customers.byVisit(search.code()), PayingCustomerView::of));
        }
        LocalDate today = ShanghaiTime.dateOf(customers.now());
        LocalDate to = r.date("to") == null ? today : r.date("to");
        LocalDate from = r.date("from") == null ? to.withDayOfMonth(1) : r.date("from");
        return ApiResponse.ok(PageView.of(customers.find(new PayingCustomers.Query(from, to, search.phone(),
                search.name()), r.page()),
                PayingCustomerView::of));
    }
}
