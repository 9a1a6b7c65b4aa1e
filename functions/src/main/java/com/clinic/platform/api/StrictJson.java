package com.clinic.platform.api;

import com.clinic.platform.Check;
import com.clinic.platform.Flag;
import com.clinic.platform.Numeric;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a request body into one of the domain's form records, refusing what a careful API refuses, each with the
 * field it concerns: fields the form does not have (a misspelt {@code discountPrice} would otherwise be charged
 * at list price), a field given twice, an object where a value belongs and the reverse, control and
 * direction-override characters, text after the JSON, a number or true/false where text belongs. Scalars are kept
 * as the text the client sent (a {@link Numeric} field takes a JSON number written plainly, {@code 298000}; never
 * text such as {@code "298000"}, nor {@code 298000.0} or {@code 2.98e5}), so the form's own checks judge them and
 * name the field; a list holds no nulls.
 * Jackson's streaming parser does the JSON; the form records say what is expected.
 */
final class StrictJson {
    /** No form comes near this; a larger body is refused before it is parsed. */
    static final int MAX_BODY_CHARS = 64 * 1024;
    private static final int MAX_DEPTH = 16;
    private static final int MAX_LIST = 200;
    /** Text a lenient reader would take for a number: padded, signed, with a fraction or an exponent. */
    private static final java.util.regex.Pattern NUMERIC_LOOKING =
            java.util.regex.Pattern.compile("\\s*[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?\\s*|\\s*[-+]?[0-9]+\\.\\s*");

    private static boolean looksNumeric(String text) {
        return NUMERIC_LOOKING.matcher(text).matches();
    }

    /** A decimal's text: digits with an optional fraction, no exponent, nothing around them. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]{1,19}(\\.[0-9]{1,19})?");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(40)
                    .maxStringLength(MAX_BODY_CHARS).build())
            .build();

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private StrictJson() {
    }

    /** The form, or every field error found at once. */
    static <T> T read(String body, Class<T> type) {
        return read(body, type, null, null).form();
    }

    /**
     * The form and, beside it, one optional part of the body that is not the form's own (the consent given with a
     * booking: another context's form), read as strictly; every error of either found at once.
     */
    static <T, P> Parted<T, P> read(String body, Class<T> type, String part, Class<P> partType) {
        Check check = new Check();
        Object value;
        Object[] given = new Object[1];
        try (JsonParser p = FACTORY.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                check.fail("body", "must be a JSON object");
                check.done();
            }
            value = object(p, type, "", check, 1, part, partType, given);
            if (p.nextToken() != null) {
                check.fail("body", "has more text after the JSON object");
            }
        } catch (JsonProcessingException e) {
            check.fail("body", e.getLocation() == null ? "is not valid JSON, or nests too deep"
                    : "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
            value = null;
        } catch (IOException e) {
            check.fail("body", "could not be read");
            value = null;
        }
        check.done();
        return new Parted<>(type.cast(value), partType == null ? null : partType.cast(given[0]));
    }

    private static Object object(JsonParser p, Class<?> type, String path, Check check, int depth)
            throws IOException {
        return object(p, type, path, check, depth, null, null, null);
    }

    private static Object object(JsonParser p, Class<?> type, String path, Check check, int depth, String part,
                                 Class<?> partType, Object[] given) throws IOException {
        Shape shape = SHAPES.get(type);
        Object[] args = new Object[shape.components.length];
        Set<String> seen = new HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            Integer index = shape.index.get(name);
            String field = path + printable(name);
            if (name.equals(part) && index == null) {
                if (given[0] != null) {
                    check.fail(field, "is given twice");
                    p.skipChildren();
                } else if (p.currentToken() != JsonToken.START_OBJECT) {
                    check.fail(field, "must be an object");
                    p.skipChildren();
                } else {
                    given[0] = object(p, partType, field + ".", check, depth + 1);
                }
            } else if (index == null) {
                check.fail(field, "is not a field of this request");
                p.skipChildren();
            } else if (!seen.add(name)) {
                check.fail(field, "is given twice");
                p.skipChildren();
            } else {
                args[index] = value(p, shape.components[index], field, check, depth);
            }
        }
        return shape.create(args);
    }

    /** A record component's value: its declared type, and for text whether a number or a flag may stand in. */
    private static Object value(JsonParser p, RecordComponent c, String field, Check check, int depth)
            throws IOException {
        Numeric numeric = c.getAnnotation(Numeric.class);
        JsonToken scalar = numeric != null ? (numeric.decimal() ? JsonToken.VALUE_NUMBER_FLOAT
                : JsonToken.VALUE_NUMBER_INT) : c.isAnnotationPresent(Flag.class) ? JsonToken.VALUE_TRUE : null;
        return value(p, c.getGenericType(), scalar, field, check, depth);
    }

    private static Object value(JsonParser p, Type type, JsonToken scalar, String field, Check check, int depth)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (depth > MAX_DEPTH) {
            check.fail(field, "is nested too deeply");
            p.skipChildren();
            return null;
        }
        if (type == String.class) {
            if (t.isStructStart()) {
                check.fail(field, "must be a single value, not " + (t == JsonToken.START_OBJECT ? "an object"
                        : "a list"));
                p.skipChildren();
                return null;
            }
            boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
            boolean flag = t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
            // the contract's integers and decimals are JSON numbers: 12 and 58.5, never "12", 12.0, 1e3 or " 58.5 ";
            // text that is no number at all ("三十") is left to the form's own check, which names it with the rest
            boolean numberAsText = t == JsonToken.VALUE_STRING && looksNumeric(p.getText());
            if (scalar == JsonToken.VALUE_NUMBER_INT && (t == JsonToken.VALUE_NUMBER_FLOAT || numberAsText)) {
                check.fail(field, "must be a whole number written as one (12), not "
                        + (number ? "a decimal or an exponent" : "text (\"" + printable(p.getText()) + "\")"));
                return null;
            }
            if (scalar == JsonToken.VALUE_NUMBER_FLOAT && (numberAsText
                    || t != JsonToken.VALUE_STRING && !DECIMAL.matcher(p.getText()).matches())) {
                check.fail(field, "must be a number written plainly (58.5), not "
                        + (t == JsonToken.VALUE_STRING ? "text (\"" + printable(p.getText()) + "\")" : p.getText()));
                return null;
            }
            boolean numeric = scalar == JsonToken.VALUE_NUMBER_INT || scalar == JsonToken.VALUE_NUMBER_FLOAT;
            if ((number && !numeric) || (flag && scalar != JsonToken.VALUE_TRUE)) {
                check.fail(field, "must be text (in quotes), not " + (number ? "a number" : "true or false"));
                return null;
            }
            String text = p.getText();
            String bad = t == JsonToken.VALUE_STRING ? badCharacter(text) : null;
            if (bad != null) {
                check.fail(field, "contains " + bad);
                return null;
            }
            return text;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (t != JsonToken.START_ARRAY) {
                check.fail(field, "must be a list");
                p.skipChildren();
                return null;
            }
            List<Object> out = new ArrayList<>();
            boolean tooMany = false;
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                if (out.size() == MAX_LIST) {
                    tooMany = true;
                    p.skipChildren();
                    continue;
                }
                String element = field + "[" + out.size() + "]";
                if (e == JsonToken.VALUE_NULL) {
                    check.fail(element, "must not be null");
                }
                out.add(value(p, list.getActualTypeArguments()[0], scalar, element, check, depth + 1));
            }
            if (tooMany) {
                check.fail(field, "must hold at most " + MAX_LIST + " entries");
                return null;
            }
            return out;
        }
        Class<?> record = (Class<?>) type;
        if (t != JsonToken.START_OBJECT) {
            check.fail(field, "must be an object");
            p.skipChildren();
            return null;
        }
        return object(p, record, field + ".", check, depth + 1);
    }

    /**
     * What no typed field should hold: control characters other than tab and line breaks, direction overrides
     * (they make a name read differently from what is stored), unpaired surrogates and non-characters.
     */
    static String badCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "a broken character (an unpaired surrogate)";
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            boolean override = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (control || override || c == 0xfffe || c == 0xffff) {
                return String.format("a control character (U+%04X)", (int) c);
            }
        }
        return null;
    }

    /** A field name safe to echo back: printable, and not longer than a real one. */
    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(40).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp)) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return name.codePointCount(0, name.length()) > 40 ? sb + "…" : sb.toString();
    }

    /** A form record's fields, by name, and how to build it. */
    private record Shape(RecordComponent[] components, Map<String, Integer> index, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a form record");
            }
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Integer> index = new HashMap<>();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                index.put(components[i].getName(), i);
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, index, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        Object create(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot build " + constructor.getDeclaringClass(), e);
            }
        }
    }
}
