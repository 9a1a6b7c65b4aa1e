package com.clinic.printing.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A build step (the print adapter's {@code process-test-classes}): writes the common face, Noto Sans SC cut to the
 * characters nearly every paper prints: all it has below U+3100 (Latin, punctuation, CJK symbols and punctuation,
 * kana), the full-width forms, and the 6,763 ideographs of GB 2312 — 2.4 MB where the whole face is 10 MB. The
 * print worker reads it at every cold start; the whole face only when a text holds a character it lacks (names
 * such as 王堃 or 李玥). FontBox does the cutting. Arguments: the whole face, the file to write.
 */
public final class CommonFace {
    private CommonFace() {
    }

    public static void main(String[] args) throws IOException {
        Path to = Path.of(args[1]);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(args[0]))) {
            TTFSubsetter subset = new TTFSubsetter(font);
            CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
            for (char c = ' '; c < Character.MAX_VALUE; c++) {
                if (common(c, gb2312)) {
                    subset.add(c);
                }
            }
            Files.createDirectories(to.getParent());
            try (OutputStream out = Files.newOutputStream(to)) {
                subset.writeToStream(out);
            }
        }
    }

    static boolean common(char c, CharsetEncoder gb2312) {
        return !Character.isSurrogate(c) && (c < 0x3100 || c >= 0xFF00 && c <= 0xFFEF
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && gb2312.canEncode(c));
    }
}
