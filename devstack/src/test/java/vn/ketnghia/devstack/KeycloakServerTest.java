package vn.ketnghia.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real ephemeral Keycloak with the project's realm file, and real tokens from it. */
class KeycloakServerTest {

    private static KeycloakServer keycloak;
    private static TokenClient tokens;

    @BeforeAll
    static void start() {
        // The ephemeral copy keeps nothing between runs, so it is shared with the API's tests: one unpack.
        keycloak = KeycloakServer.startEphemeral(Workspace.locate());
        tokens = new TokenClient(keycloak.realmUrl());
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
            assertFalse(keycloak.startedProcess().orElseThrow().isAlive(), "Keycloak is stopped");
            assertEquals(-1, Net.status(keycloak.realmUrl()), "nothing answers on its port any more");
        }
    }

    @Test
    void aUnitUserGetsTheApiAudienceItsRoleAndTheUnitItActsFor() {
        AccessToken token = tokens.passwordGrant("ketnghia-cli", "sonnptnt", "demo");
        JsonNode claims = token.claims();

        assertEquals("SNNPTNT", claims.path("acts_for").asText());
        assertTrue(strings(claims.path("aud")).contains("ketnghia-api"), claims.toString());
        assertTrue(strings(claims.path("realm_access").path("roles")).contains("unit"), claims.toString());
        assertEquals(keycloak.realmUrl(), claims.path("iss").asText());
        assertEquals("sonnptnt", claims.path("preferred_username").asText());
        assertFalse(claims.path("sub").asText().isEmpty(), "tokens carry a subject");
        assertEquals("RS256", token.header().path("alg").asText());
        assertTrue(token.validFor(Duration.ofMinutes(4)) && !token.validFor(Duration.ofMinutes(6)),
                "access tokens live five minutes");
    }

    @Test
    void aDistrictUserActsForItsDistrictAndProvinceUsersForNone() {
        JsonNode district = tokens.passwordGrant("ketnghia-cli", "taygiang", "demo").claims();
        assertEquals("504", district.path("acts_for").asText());
        assertTrue(strings(district.path("realm_access").path("roles")).contains("district"));

        JsonNode province = tokens.passwordGrant("ketnghia-cli", "bdt", "demo").claims();
        assertTrue(province.path("acts_for").isMissingNode(), province.toString());
        assertTrue(strings(province.path("realm_access").path("roles")).contains("province"));
    }

    @Test
    void theWebClientCannotUseThePasswordGrantAndWrongPasswordsAreRefused() {
        assertThrows(IllegalStateException.class, () -> tokens.passwordGrant("ketnghia-web", "bdt", "demo"));
        assertThrows(IllegalStateException.class, () -> tokens.passwordGrant("ketnghia-cli", "bdt", "not-demo"));
    }

    @Test
    void theWebClientSignsInWithPkceOnItsExactRedirectUrisInVietnamese() throws Exception {
        String authorize = keycloak.realmUrl() + "/protocol/openid-connect/auth?client_id=ketnghia-web"
                + "&response_type=code&scope=openid&redirect_uri=";
        String pkce = "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";

        HttpResponse<String> loginPage = get(authorize + encode("http://localhost:5173/") + pkce);
        assertEquals(200, loginPage.statusCode());
        assertTrue(loginPage.body().contains("Đăng nhập"), "the login page speaks Vietnamese by default");

        String withoutPkce = get(authorize + encode("http://localhost:5173/")).headers().firstValue("Location").orElse("");
        assertTrue(withoutPkce.startsWith("http://localhost:5173/?error=invalid_request")
                && withoutPkce.contains("code_challenge_method"), "PKCE is required: " + withoutPkce);
        HttpResponse<String> otherRedirect = get(authorize + encode("http://localhost:5173/other") + pkce);
        assertEquals(400, otherRedirect.statusCode(), "only the exact redirect URIs are accepted");
        assertTrue(otherRedirect.body().contains("redirect_uri"), otherRedirect.body());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> strings(JsonNode node) {
        var values = new ArrayList<String>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (!node.isMissingNode()) {
            values.add(node.asText());
        }
        return values;
    }
}
