package com.clinic.platform;

/**
 * Money rules shared by every department: amounts are whole fen, never negative, bounded, and added exactly.
 * The bounds are far above anything the clinic sells and far below what a {@code long} holds, so no sum of
 * bounded amounts can wrap.
 */
public final class Money {
    /** One treatment's price, one payment or refund line, one loan: at most ¥1,000,000. */
    public static final long MAX_LINE = 100_000_000L;
    /** One order's total: at most ¥5,000,000. */
    public static final long MAX_ORDER = 500_000_000L;
    /** Payment or refund lines in one request (a split payment uses two or three). */
    public static final int MAX_LINES = 10;

    private Money() {
    }

    /** a + b, refusing to wrap (a bug, not input: inputs are bounded before they are added). */
    public static long add(long a, long b) {
        return Math.addExact(a, b);
    }

    /** The sum of amounts, exact. */
    public static long sum(java.util.stream.LongStream amounts) {
        return amounts.reduce(0L, Math::addExact);
    }

    /** ¥1,234.56 as staff read it, for messages. */
    public static String yuan(long fen) {
        return String.format("¥%,d.%02d", fen / 100, Math.abs(fen % 100));
    }
}
