package com.clinic.platform.logging;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** One JSON object of string fields on one line (Jackson's escaping); a null value is left out. */
final class JsonLine {
    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();
    private final StringBuilder out = new StringBuilder(256).append('{');

    JsonLine field(String name, String value) {
        if (value != null) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"');
            ESCAPE.quoteAsString(name, out);
            out.append("\":\"");
            ESCAPE.quoteAsString(value, out);
            out.append('"');
        }
        return this;
    }

    /** The object, closed, with the line's end. */
    String end() {
        return out.append("}\n").toString();
    }
}
