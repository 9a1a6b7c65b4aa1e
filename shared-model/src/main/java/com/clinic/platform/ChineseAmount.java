package com.clinic.platform;

/**
 * An amount in fen written in Chinese capitals as receipts and contracts write it (人民币大写, after the rules of
 * 《支付结算办法》): 壹万玖仟玖佰陆拾元整, 壹仟肆佰零玖元伍角, 壹万陆仟肆佰零玖元零贰分. One 零 stands for a run of
 * zeros inside the number; a whole yuan amount ends in 整; a tens digit at the head is written 壹拾.
 */
public final class ChineseAmount {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    public static String of(long fen) {
        if (fen < 0) {
            return "负" + of(-fen);
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return out.length() == 0 ? "零元整" : out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (cents > 0) {
            out.append(DIGITS.charAt(cents)).append('分');
        }
        return out.toString();
    }

    /** A whole number of yuan, section by section (万, 亿), with one 零 for each run of zeros between digits. */
    private static String integer(long n) {
        java.util.List<Integer> parts = new java.util.ArrayList<>();
        for (long rest = n; rest > 0; rest /= 10_000) {
            parts.add((int) (rest % 10_000));
        }
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = parts.size() - 1; i >= 0; i--) {
            int part = parts.get(i);
            if (part == 0) {
                gap = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (gap || part < 1000)) {
                out.append('零');
            }
            out.append(section(part)).append(SECTIONS[i]);
            gap = false;
        }
        return out.toString();
    }

    /** Up to four digits with their places; a run of zeros before a digit is one 零, trailing zeros are not written. */
    private static String section(int part) {
        StringBuilder out = new StringBuilder();
        boolean zeros = false;
        for (int place = 3, unit = 1000; place >= 0; place--, unit /= 10) {
            int d = part / unit % 10;
            if (d == 0) {
                zeros = out.length() > 0;
            } else {
                if (zeros) {
                    out.append('零');
                    zeros = false;
                }
                out.append(DIGITS.charAt(d)).append(PLACES[place]);
            }
        }
        return out.toString();
    }
}
