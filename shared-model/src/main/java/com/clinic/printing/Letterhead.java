package com.clinic.printing;

/**
 * What heads every page of a paper the clinic or the program company files or hands out: the full name, the
 * registration number (医疗机构执业许可证 / 统一社会信用代码), the address and the phone, from the deployment's
 * parameters.
 */
public record Letterhead(String name, String registrationNo, String address, String phone) {
    /**
     * Where a document names its issuer in its text (the contract's 乙方), it writes these; the print worker fills
     * them from the letterhead it prints under, so the paper names the issuer as registered when it is printed.
     */
    public static final String NAME = "{issuer.name}";
    public static final String REGISTRATION_NO = "{issuer.registrationNo}";
    public static final String ADDRESS = "{issuer.address}";
    public static final String PHONE = "{issuer.phone}";

    /** The text with the issuer's details written in. */
    public String fill(String text) {
        return text == null ? null : text.replace(NAME, name).replace(REGISTRATION_NO, registrationNo)
                .replace(ADDRESS, address).replace(PHONE, phone);
    }
}
