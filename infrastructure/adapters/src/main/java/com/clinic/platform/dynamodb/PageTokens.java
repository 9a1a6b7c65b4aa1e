package com.clinic.platform.dynamodb;

import com.clinic.platform.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The start key, or null for the first page; 400 unless the token is one this partition issued: exactly the
     * table's key and the index's key (a key missing or added would reach DynamoDB as a malformed request),
     * each a non-empty string within DynamoDB's key sizes, the partition this list reads.
     */
    static Map<String, AttributeValue> decode(String token, String partitionAttribute, String partition) {
        if (token == null) {
            return null;
        }
        Set<String> expected = new java.util.HashSet<>(List.of("pk", "sk", partitionAttribute,
                partitionAttribute.replaceFirst("pk$", "sk")));
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String[] kv = line.split("\t", 2);
                if (kv.length != 2 || kv[1].isEmpty() || kv[1].length() > MAX_VALUE || !expected.contains(kv[0])
                        || key.put(kv[0], AttributeValue.fromS(kv[1])) != null) {
                    throw invalid();
                }
            }
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        AttributeValue p = key.get(partitionAttribute);
        if (!key.keySet().equals(expected) || !partition.equals(p.s())) {
            throw invalid();
        }
        return key;
    }

    /** Below DynamoDB's 1,024-byte sort key limit even in three-byte UTF-8 characters. */
    private static final int MAX_VALUE = 300;

    static InvalidInput invalid() {
        return InvalidInput.of("next", "is not a page token of this list");
    }
}
