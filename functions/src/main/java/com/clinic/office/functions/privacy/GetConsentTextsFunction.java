package com.clinic.office.functions.privacy;

import com.clinic.platform.Role;
import com.clinic.platform.api.AllowedRoles;
import com.clinic.platform.api.ApiFunction;
import com.clinic.platform.api.ApiRequest;
import com.clinic.platform.api.ApiResponse;
import com.clinic.platform.api.Serves;
import com.clinic.platform.privacy.ConsentTexts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The consent texts in force, by purpose, with their version: what a front end shows before a booking, a walk-in,
 * a shop order or the health archive, and sends back as {@code consent.textVersion}.
 */
@Serves({"privacy"})
@AllowedRoles({Role.SALES, Role.DISPATCHER, Role.DRIVER, Role.FRONT_DESK, Role.PHOTO_ROOM, Role.LAB,
        Role.SUPER_ADMIN, Role.CONSULTANT, Role.AFTER_SALES, Role.ADMIN, Role.CUSTOMER_SERVICE, Role.AUDITOR,
        Role.HEALTH_MANAGER, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.CUSTOMER})
public class GetConsentTextsFunction extends ApiFunction {
    public GetConsentTextsFunction() {
    }

    public GetConsentTextsFunction(ApplicationContext context) {
        super(context);
    }

    /** One version of the texts: a text per purpose. */
    @Serdeable
    public record TextsView(String version, Map<String, String> texts) {
    }

    @Override
    protected ApiResponse handle(ApiRequest r) {
        ConsentTexts.Version v = ConsentTexts.current();
        Map<String, String> texts = new TreeMap<>();
        v.texts().forEach((purpose, text) -> texts.put(purpose.name(), text));
        return ApiResponse.ok(new TextsView(v.version(), texts));
    }
}
