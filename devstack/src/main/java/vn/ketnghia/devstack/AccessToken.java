package vn.ketnghia.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** A signed JWT access token as Keycloak issued it, with its header and claims readable. */
public record AccessToken(String value, Instant expiresAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static AccessToken of(String jwt) {
        return new AccessToken(jwt, Instant.ofEpochSecond(decode(jwt, 1).path("exp").asLong()));
    }

    public JsonNode header() {
        return decode(value, 0);
    }

    public JsonNode claims() {
        return decode(value, 1);
    }

    /** The claims exactly as signed (JSON text), for re-signing them with another key in tests. */
    public String claimsJson() {
        return new String(Base64.getUrlDecoder().decode(value.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** Whether the token will still be accepted {@code margin} from now. */
    public boolean validFor(Duration margin) {
        return Instant.now().plus(margin).isBefore(expiresAt);
    }

    private static JsonNode decode(String jwt, int part) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a signed JWT");
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[part]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
