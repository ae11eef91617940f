package vn.ketnghia.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;
import vn.ketnghia.devstack.AccessToken;
import vn.ketnghia.devstack.KeycloakServer;
import vn.ketnghia.devstack.TokenClient;

/**
 * Real access tokens from the tests' Keycloak for the demo users of the realm file (password {@code demo}),
 * and two kinds of bad ones that only differ from a real token in what is wrong with them.
 */
public final class Tokens {

    /**
     * Not a person: Nam Giang's district system, which gets its tokens with its own client credentials
     * (client {@code ketnghia-integration-namgiang}, role integration, acts for district 510).
     */
    public static final String NAM_GIANG_SYSTEM = "service-account-ketnghia-integration-namgiang";
    private static final String NAM_GIANG_SYSTEM_CLIENT = "ketnghia-integration-namgiang";
    private static final String NAM_GIANG_SYSTEM_SECRET = "demo-integration-secret";

    private static final String PASSWORD = "demo";
    private static final String CLI_CLIENT = "ketnghia-cli";
    /** Created at test time: the realm file has no client whose tokens expire in seconds. */
    private static final String SHORT_LIVED_CLIENT = "ketnghia-test-short-lived";
    private static final int SHORT_LIFESPAN_SECONDS = 2;
    /** A cached token is used only while it has this long to live, so it never expires during a request. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Keyed by realm URL and user, so a restarted Keycloak never gets another one's tokens. */
    private static final Map<String, AccessToken> VALID = new ConcurrentHashMap<>();
    private static final Map<String, String> EXPIRED = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A valid access token for a demo user (e.g. {@code "bdt"}), from ketnghia-cli, reused while fresh. */
    public static String accessToken(String username) {
        return VALID.compute(StackTestResource.realmUrl() + " " + username, (key, cached) ->
                cached != null && cached.validFor(MARGIN)
                        ? cached
                        : fetch(username))
                .value();
    }

    private static AccessToken fetch(String username) {
        TokenClient client = new TokenClient(StackTestResource.realmUrl());
        return NAM_GIANG_SYSTEM.equals(username)
                ? client.clientCredentialsGrant(NAM_GIANG_SYSTEM_CLIENT, NAM_GIANG_SYSTEM_SECRET)
                : client.passwordGrant(CLI_CLIENT, username, PASSWORD);
    }

    /**
     * A token Keycloak signed for the user, complete with the API's audience and the user's claims, that has
     * expired. The first call for a user takes a few seconds: the token has to live out its short life.
     */
    public static String expiredAccessToken(String username) {
        return EXPIRED.computeIfAbsent(StackTestResource.realmUrl() + " " + username, key -> {
            ensureShortLivedClient();
            AccessToken token = new TokenClient(StackTestResource.realmUrl())
                    .passwordGrant(SHORT_LIVED_CLIENT, username, PASSWORD);
            // A second past expiry, as the API checks 'exp' with whole seconds.
            sleepUntil(token.expiresAt().plusSeconds(1));
            return token.value();
        });
    }

    /**
     * The header and claims of a valid token for the user, byte for byte, signed with a freshly generated RSA
     * key under the same key id: only the signature can tell it apart.
     */
    public static String wronglySignedAccessToken(String username) {
        AccessToken real = AccessToken.of(accessToken(username));
        try {
            RsaJsonWebKey impostor = RsaJwkGenerator.generateJwk(2048);
            var jws = new JsonWebSignature();
            jws.setPayload(real.claimsJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setKeyIdHeaderValue(real.header().path("kid").asText());
            jws.setHeader("typ", real.header().path("typ").asText("JWT"));
            jws.setKey(impostor.getPrivateKey());
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates the short-lived client through Keycloak's admin REST API; one that exists already is kept. */
    private static synchronized void ensureShortLivedClient() {
        String adminToken = new TokenClient(StackTestResource.keycloakUrl() + "/realms/master")
                .passwordGrant("admin-cli", KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD).value();
        Map<String, Object> client = Map.of(
                "clientId", SHORT_LIVED_CLIENT,
                "publicClient", true,
                "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true,
                "attributes", Map.of("access.token.lifespan", String.valueOf(SHORT_LIFESPAN_SECONDS)),
                "defaultClientScopes", List.of("basic", "profile", "email", "roles", "ketnghia-api"));
        try {
            var request = HttpRequest.newBuilder(URI.create(
                            StackTestResource.keycloakUrl() + "/admin/realms/" + KeycloakServer.REALM + "/clients"))
                    .header("Authorization", "Bearer " + adminToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            // 409: an earlier test in this run created it already.
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException("Could not create " + SHORT_LIVED_CLIENT + ": "
                        + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(Instant moment) {
        try {
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), moment).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
