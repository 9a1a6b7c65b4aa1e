package com.clinic.platform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * People's names as a search key: the form staff type them in differs (full-width letters, spaces between the
 * characters, letter case), so lists found by name are stored under one normal form of it.
 */
public final class Names {
    private Names() {
    }

    /** NFKC (full-width → half-width), every kind of space removed, lower case: "张 丽", "张丽 " and "张丽" meet. */
    public static String normalised(String name) {
        if (name == null) {
            return null;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "");
        return n.toLowerCase(Locale.ROOT);
    }
}
