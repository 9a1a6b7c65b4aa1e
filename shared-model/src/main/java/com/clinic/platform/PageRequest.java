package com.clinic.platform;

/** Which page of a list to read: how many items and the token a previous page returned. */
public record PageRequest(int limit, String token) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String limit, String token) {
        int n = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("limit", "must be a whole number");
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw InvalidInput.of("limit", "must be between 1 and " + MAX_LIMIT);
            }
        }
        return new PageRequest(n, token == null || token.isBlank() ? null : token);
    }
}
