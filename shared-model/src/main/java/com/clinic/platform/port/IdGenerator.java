package com.clinic.platform.port;

import com.clinic.platform.ShanghaiTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Makes codes and ids. Random at call time, so a restored snapshot never repeats one. */
public interface IdGenerator {

    /** A visit code like {@code V261122-7KQ3MX}: the booking day, then six Crockford base-32 characters. */
    String visitCode(Instant now);

    /** An opaque unique id (payments, sessions, print jobs, customers). */
    default String newId() {
        return UUID.randomUUID().toString();
    }

    IdGenerator RANDOM = new IdGenerator() {
        private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

        @Override
        public String visitCode(Instant now) {
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder("V").append(DAY.format(now.atZone(ShanghaiTime.ZONE))).append('-');
            for (int i = 0; i < 6; i++) {
                sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            return sb.toString();
        }
    };
}
