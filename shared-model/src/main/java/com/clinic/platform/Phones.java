package com.clinic.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers through libphonenumber: what counts as a mainland mobile, and how it is written and masked. */
public final class Phones {
    private static final int CHINA = 86;

    private Phones() {
    }

    /**
     * The 11-digit national form of a mainland China mobile number, or null when the text is not one. Full-width
     * digits (as a Chinese input method types them) count as digits.
     */
    public static String mainlandMobile(String typed) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber n = util.parse(java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC), "CN");
            if (n.getCountryCode() != CHINA || n.hasExtension() || !util.isValidNumber(n)
                    || util.getNumberType(n) != PhoneNumberType.MOBILE) {
                return null;
            }
            return util.getNationalSignificantNumber(n);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** {@code 139****5678}: enough for staff to tell customers apart, not enough to call them. */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
