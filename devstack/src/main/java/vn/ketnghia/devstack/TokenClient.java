package vn.ketnghia.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gets tokens from a Keycloak realm with the resource-owner password grant, which only development clients
 * such as {@code ketnghia-cli} allow (scripts and tests need tokens without a browser), or with the
 * client-credentials grant of an integration client.
 */
public final class TokenClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String tokenUrl;

    /** @param realmUrl like {@code http://localhost:8180/realms/ketnghia} */
    public TokenClient(String realmUrl) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
    }

    public AccessToken passwordGrant(String clientId, String username, String password) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        JsonNode response = post(form);
        return AccessToken.of(response.path("access_token").asText());
    }

    /** A district system's own token: the client-credentials grant of a confidential client. */
    public AccessToken clientCredentialsGrant(String clientId, String secret) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        JsonNode response = post(form);
        return AccessToken.of(response.path("access_token").asText());
    }

    private JsonNode post(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request for " + form.getOrDefault("username", form.get("client_id")) + " at " + tokenUrl
                        + " failed: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + tokenUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
