package com.clinic.platform.dynamodb;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers to write and read items by hand: no reflection, so nothing to scan at cold start. */
public final class Attrs {
    private Attrs() {
    }

    public static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    public static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }

    /** An item under construction that skips null values, as DynamoDB wants no empty attributes. */
    public static final class Item {
        private final Map<String, AttributeValue> map = new LinkedHashMap<>();

        public Item put(String name, String value) {
            if (value != null) {
                map.put(name, s(value));
            }
            return this;
        }

        public Item put(String name, Instant value) {
            return put(name, value == null ? null : value.toString());
        }

        public Item put(String name, Number value) {
            if (value != null) {
                map.put(name, AttributeValue.fromN(value.toString()));
            }
            return this;
        }

        public Item put(String name, boolean value) {
            map.put(name, AttributeValue.fromBool(value));
            return this;
        }

        public Item put(String name, Map<String, AttributeValue> value) {
            if (value != null) {
                map.put(name, AttributeValue.fromM(value));
            }
            return this;
        }

        public Item putList(String name, List<AttributeValue> values) {
            map.put(name, AttributeValue.fromL(values));
            return this;
        }

        public Item putStrings(String name, List<String> values) {
            return putList(name, values.stream().map(Attrs::s).toList());
        }

        public Map<String, AttributeValue> build() {
            return map;
        }
    }

    public static Item item() {
        return new Item();
    }

    public static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    public static Instant instant(Map<String, AttributeValue> item, String name) {
        String v = str(item, name);
        return v == null ? null : Instant.parse(v);
    }

    public static Long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : Long.valueOf(v.n());
    }

    public static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.m();
    }

    public static List<AttributeValue> list(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? List.of() : v.l();
    }

    public static List<String> strings(Map<String, AttributeValue> item, String name) {
        return list(item, name).stream().map(AttributeValue::s).toList();
    }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    /** A member of staff as recorded on any item: id and name. */
    public static Map<String, AttributeValue> staff(StaffRef s) {
        return s == null ? null : item().put("id", s.id()).put("name", s.name()).build();
    }

    public static StaffRef staff(Map<String, AttributeValue> m) {
        return m == null ? null : new StaffRef(str(m, "id"), str(m, "name"));
    }

    /** A list of values, each stored as a map. */
    public static <T> List<AttributeValue> maps(List<T> values, Function<T, Map<String, AttributeValue>> f) {
        return values.stream().map(v -> AttributeValue.fromM(f.apply(v))).toList();
    }

    /** A list of maps read back as values; none when the attribute is absent. */
    public static <T> List<T> objects(Map<String, AttributeValue> item, String name,
                                      Function<Map<String, AttributeValue>, T> f) {
        return list(item, name).stream().map(AttributeValue::m).map(f).toList();
    }
}
