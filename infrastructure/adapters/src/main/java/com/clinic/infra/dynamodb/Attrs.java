package com.clinic.infra.dynamodb;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers to write and read items by hand: no reflection, so nothing to scan at cold start. */
final class Attrs {
    private Attrs() {
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }

    /** An item under construction that skips null values, as DynamoDB wants no empty attributes. */
    static final class Item {
        private final Map<String, AttributeValue> map = new LinkedHashMap<>();

        Item put(String name, String value) {
            if (value != null) {
                map.put(name, s(value));
            }
            return this;
        }

        Item put(String name, Instant value) {
            return put(name, value == null ? null : value.toString());
        }

        Item put(String name, Number value) {
            if (value != null) {
                map.put(name, AttributeValue.fromN(value.toString()));
            }
            return this;
        }

        Item put(String name, boolean value) {
            map.put(name, AttributeValue.fromBool(value));
            return this;
        }

        Item put(String name, Map<String, AttributeValue> value) {
            if (value != null) {
                map.put(name, AttributeValue.fromM(value));
            }
            return this;
        }

        Item putList(String name, List<AttributeValue> values) {
            map.put(name, AttributeValue.fromL(values));
            return this;
        }

        Item putStrings(String name, List<String> values) {
            return putList(name, values.stream().map(Attrs::s).toList());
        }

        Map<String, AttributeValue> build() {
            return map;
        }
    }

    static Item item() {
        return new Item();
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        String v = str(item, name);
        return v == null ? null : Instant.parse(v);
    }

    static Long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : Long.valueOf(v.n());
    }

    static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.m();
    }

    static List<AttributeValue> list(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? List.of() : v.l();
    }

    static List<String> strings(Map<String, AttributeValue> item, String name) {
        return list(item, name).stream().map(AttributeValue::s).toList();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }
}
