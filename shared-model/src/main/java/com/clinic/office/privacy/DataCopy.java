package com.clinic.office.privacy;

import com.clinic.platform.Role;
import com.clinic.platform.ShanghaiTime;
import com.clinic.printing.PrintDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Her copy as a person reads it: one section per record (its kind and id), one line per stored entry, each field
 * as {@code field: value}, nested fields by their path, times in Asia/Shanghai. Printed for the super admin and
 * after-sales to hand over.
 */
public final class DataCopy {
    private DataCopy() {
    }

    public static PrintDocument document(String maskedMobile, List<Holding> held, Instant at) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("客户 " + maskedMobile + " 的个人信息副本，制作于 " + ShanghaiTime.writtenMinute(at) + "，共 " + held.size()
                + " 项记录。每项记录按存储原样列出（含其审计记录）。");
        for (Holding h : held) {
            paragraphs.add("【" + h.kind() + " " + h.id() + "】");
            for (Map<String, Object> entry : h.entries()) {
                List<String> fields = new ArrayList<>();
                flatten("", new TreeMap<>(entry), fields);
                paragraphs.add(String.join("；", fields));
            }
        }
        return new PrintDocument(PrintDocument.Issuer.CLINIC, "个人信息副本", paragraphs, List.of(), List.of(), List.of(),
                "依据《个人信息保护法》第四十五条提供", Set.of(Role.SUPER_ADMIN, Role.AFTER_SALES), null);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object value, List<String> out) {
        if (value instanceof Map<?, ?> m) {
            new TreeMap<>((Map<String, Object>) m).forEach((k, v) -> flatten(path.isEmpty() ? k : path + "." + k, v, out));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(path + "[" + i + "]", l.get(i), out);
            }
        } else {
            out.add(path + ": " + shown(value));
        }
    }

    /** A stored instant as a person reads it (Asia/Shanghai); anything else as stored. */
    private static Object shown(Object value) {
        if (value instanceof String s && INSTANT.matcher(s).matches()) {
            return ShanghaiTime.writtenMinute(Instant.parse(s));
        }
        return value;
    }

    private static final java.util.regex.Pattern INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    /** The names an entry gives her ({@link Erasure#NAME_FIELDS}, and {@code name} in her profile's maps). */
    @SuppressWarnings("unchecked")
    public static void namesIn(Map<String, Object> entry, Set<String> names) {
        entry.forEach((k, v) -> {
            if (v instanceof String s && Erasure.NAME_FIELDS.contains(k) && !s.isBlank()) {
                names.add(s);
            } else if (v instanceof Map<?, ?> m) {
                if (Erasure.PERSON_MAPS.contains(k) && m.get("name") instanceof String s && !s.isBlank()) {
                    names.add(s);
                }
                namesIn((Map<String, Object>) m, names);
            } else if (v instanceof List<?> l) {
                l.stream().filter(x -> x instanceof Map).forEach(x -> namesIn((Map<String, Object>) x, names));
            }
        });
    }
}
