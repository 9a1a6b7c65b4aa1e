package com.clinic.platform.privacy;

/** Where a consent was given: the points where personal data first enters, and her own or a paper form. */
public enum Channel {
    BOOKING, WALK_IN, SHOP_ORDER, ARCHIVE, APP, PAPER
}
