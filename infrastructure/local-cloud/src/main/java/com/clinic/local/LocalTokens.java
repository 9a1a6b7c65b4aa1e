package com.clinic.local;

import com.clinic.platform.Role;
import com.clinic.platform.staff.StaffMember;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stand-in for the Cognito user pool: signs ID tokens shaped like Cognito's (sub, name,
 * cognito:username, cognito:groups) with a local RSA key, and verifies them as the HTTP API's JWT authorizer
 * does (signature, issuer, audience, expiry).
 */
public final class LocalTokens {
    public static final String AUDIENCE = "local-client";
    static final Duration VALIDITY = Duration.ofHours(12);

    private final RSAKey key;
    private final String issuer;

    LocalTokens(Path dataDir, String issuer) throws IOException, JOSEException, ParseException {
        this.issuer = issuer;
        Path file = dataDir == null ? null : dataDir.resolve("signing-key.json");
        if (file != null && Files.exists(file)) {
            key = RSAKey.parse(Files.readString(file));
        } else {
            key = new RSAKeyGenerator(2048).keyID("local").generate();
            if (file != null) {
                Files.createDirectories(dataDir);
                Files.writeString(file, key.toJSONString());
            }
        }
    }

    public String issue(StaffMember member, String username) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(member.id()).issuer(issuer).audience(AUDIENCE)
                .claim("name", member.name()).claim("cognito:username", username).claim("token_use", "id")
                .claim("cognito:groups", member.roles().stream().map(Role::name).sorted().toList())
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(VALIDITY))).build();
        return sign(claims);
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A service token as Cognito's client-credentials flow gives one: an access token whose subject is the client,
     * with its scope and no groups.
     */
    public String issueService(String clientId, String scope) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(clientId).issuer(issuer).audience(AUDIENCE)
                .claim("client_id", clientId).claim("token_use", "access").claim("scope", scope)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(VALIDITY))).build();
        return sign(claims);
    }

    /**
     * The claims as API Gateway hands them to a function (lists as "[A B]"), or null when the token is missing,
     * malformed, forged, expired or meant for another issuer or audience.
     */
    Map<String, String> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(7).strip());
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!jwt.verify(new RSASSAVerifier(key.toRSAPublicKey())) || !issuer.equals(c.getIssuer())
                    || !c.getAudience().contains(AUDIENCE) || c.getExpirationTime() == null
                    || c.getExpirationTime().before(new Date())) {
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            c.getClaims().forEach((name, value) -> out.put(name, value instanceof List<?> l
                    ? "[" + String.join(" ", l.stream().map(String::valueOf).toList()) + "]"
                    : value instanceof Date d ? Long.toString(d.toInstant().getEpochSecond()) : String.valueOf(value)));
            return out;
        } catch (ParseException | JOSEException | RuntimeException e) {
            return null;
        }
    }
}
