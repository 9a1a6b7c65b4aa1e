package com.clinic.infra.dynamodb;

import com.clinic.model.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque page tokens: the query's last evaluated key (all string attributes) in base64url. A token is only
 * accepted for the list partition that issued it.
 */
final class PageTokens {
    private PageTokens() {
    }

    static String encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        lastKey.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(e.getKey()).append('\t').append(e.getValue().s());
        });
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The start key, or null for the first page; 400 when the token is not one this partition issued. */
    static Map<String, AttributeValue> decode(String token, String partitionAttribute, String partition) {
        if (token == null) {
            return null;
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String[] kv = line.split("\t", 2);
                key.put(kv[0], AttributeValue.fromS(kv[1]));
            }
        } catch (RuntimeException e) {
            throw invalid();
        }
        AttributeValue p = key.get(partitionAttribute);
        if (p == null || !partition.equals(p.s()) || !key.containsKey("pk") || !key.containsKey("sk")) {
            throw invalid();
        }
        return key;
    }

    private static InvalidInput invalid() {
        return InvalidInput.of("next", "is not a page token of this list");
    }
}
