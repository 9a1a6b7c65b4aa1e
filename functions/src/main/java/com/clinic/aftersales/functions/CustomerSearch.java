package com.clinic.aftersales.functions;

import com.clinic.platform.Check;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.api.ApiRequest;
import java.util.stream.Stream;

/**
 * The customer search of the after-sales lists (C-16 成交客户, C-24 来院客户): at most one of {@code ?phone=} (a
 * mobile as typed), {@code ?name=} or {@code ?code=} (a visit code); none lists by date.
 */
public record CustomerSearch(String phone, String name, String code) {
    public static CustomerSearch of(ApiRequest r) {
        Check check = new Check();
        String phone = r.query("phone") == null || r.query("phone").isBlank() ? null
                : check.mobile("phone", r.query("phone"));
        String name = check.optional("name", r.query("name"), 50);
        String code = check.optional("code", r.query("code"), 32);
        check.done();
        if (Stream.of(phone, name, code).filter(s -> s != null).count() > 1) {
            throw InvalidInput.of("code", "search by one of phone, name or code");
        }
        return new CustomerSearch(phone, name, code);
    }
}
