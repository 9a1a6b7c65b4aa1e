package com.clinic.office.privacy;

import java.util.List;
import java.util.Set;

/** Everything the clinic holds about one customer, found by her mobile number, and its erasure. */
public interface CustomerData {
    /** Every record that concerns her (her timeline's records, her profile, her consents), as stored. */
    List<Holding> holdings(String mobile);

    /** Writes her copy as JSON to the files bucket under the key; the key. */
    String keepCopy(String key, List<Holding> holdings);

    /**
     * Anonymises every record that concerns her: her mobile number and her names become the pseudonym wherever they
     * are written (audit lines and index keys included), her marketing source is removed, her number's look-up is
     * deleted; and deletes every version of the files {@link Erasure#FILES} names for her visits and programs.
     */
    ErasureReport erase(String mobile, Set<String> names, String pseudonym);
}
