package com.clinic.platform.privacy;

/**
 * The rule a department asks before it takes sensitive data for a customer (a photo, a consultation video, her
 * health archive): not once she has withdrawn her consent to it and not given it again (PIPL art. 15). A customer
 * with no consent on record yet is not refused: her consent may still be on paper, to be recorded.
 */
@FunctionalInterface
public interface SensitiveDataPolicy {
    /** Throws {@code Refused} (409) when she withdrew her consent to sensitive data. */
    void require(String mobile);
}
