package vn.ketnghia.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.testsupport.Api.as;
import static vn.ketnghia.testsupport.Fixtures.NAM_GIANG;
import static vn.ketnghia.testsupport.Fixtures.SO_NN;
import static vn.ketnghia.testsupport.Fixtures.SO_TC;
import static vn.ketnghia.testsupport.Fixtures.TAY_GIANG;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;
import vn.ketnghia.testsupport.Tokens;

/**
 * The role × scope matrix with real tokens from the real Keycloak, for each demo user. The world:
 * Sở NN&PTNT (sonnptnt) helps a commune of Nam Giang (namgiang), Sở Tài chính (sotaichinh) helps a
 * commune of Tây Giang (taygiang); Nam Giang's district system (integration client) acts like its
 * district for plans and receipts. Out of scope answers 404 like a missing object; a role that may
 * never act answers 403; a refused write changes nothing.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

    private boolean built;

    private long namGiangCommune;
    private long tayGiangCommune;
    /** Agreement of Sở NN&PTNT with a Nam Giang commune, and of Sở Tài chính with a Tây Giang commune. */
    private final Map<String, Long> agreement = new HashMap<>();
    private final Map<String, Long> record = new HashMap<>();
    private final Map<String, Long> visit = new HashMap<>();
    private final Map<String, Long> plan = new HashMap<>();

    /** Once per class, in BeforeEach: REST Assured knows the test port only once a test runs. */
    @BeforeEach
    void buildTheWorld() {
        if (built) {
            return;
        }
        built = true;
        namGiangCommune = Fixtures.newCommune(NAM_GIANG, "Ma trận Nam Giang");
        tayGiangCommune = Fixtures.newCommune(TAY_GIANG, "Ma trận Tây Giang");
        agreement.put("NN", Fixtures.activeAgreement(SO_NN, namGiangCommune));
        agreement.put("TC", Fixtures.activeAgreement(SO_TC, tayGiangCommune));
        for (String side : List.of("NN", "TC")) {
            record.put(side, Fixtures.supportRecord(agreement.get(side)));
            visit.put(side, Fixtures.visit(agreement.get(side)));
            plan.put(side, Fixtures.planWithItem(agreement.get(side)));
        }
    }

    // ---------------------------------------------------------------- reading

    @ParameterizedTest(name = "{0} reads NN: {1}, TC: {2}")
    @CsvSource({
            "admin,      200, 200",
            "bdt,        200, 200",
            "lanhdao,    200, 200",
            "namgiang,   200, 404",
            "taygiang,   404, 200",
            "sonnptnt,   200, 404",
            "sotaichinh, 404, 200",
            "service-account-ketnghia-integration-namgiang, 200, 404"})
    void readsFollowScope(String user, int nn, int tc) {
        for (String side : List.of("NN", "TC")) {
            int expected = side.equals("NN") ? nn : tc;
            long a = agreement.get(side);
            for (String path : List.of(
                    "/api/v1/agreements/" + a,
                    "/api/v1/agreements/" + a + "/history",
                    "/api/v1/agreements/" + a + "/plans",
                    "/api/v1/agreements/" + a + "/plans/" + plan.get(side),
                    "/api/v1/support-records/" + record.get(side),
                    "/api/v1/support-records/" + record.get(side) + "/history",
                    "/api/v1/monitoring-visits/" + visit.get(side))) {
                Response response = as(user).get(path);
                assertEquals(expected, response.statusCode(), user + " GET " + path);
                if (expected == 404) {
                    response.then().contentType("application/problem+json")
                            .body("type", equalTo("urn:ketnghia:problem:not-found"));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} lists NN: {1}, TC: {2}")
    @CsvSource({
            "admin,      1, 1",
            "bdt,        1, 1",
            "lanhdao,    1, 1",
            "namgiang,   1, 0",
            "taygiang,   0, 1",
            "sonnptnt,   1, 0",
            "sotaichinh, 0, 1",
            "service-account-ketnghia-integration-namgiang, 1, 0"})
    void listsShowOnlyWhatIsInScope(String user, int nn, int tc) {
        assertEquals(nn, total(user, "/api/v1/agreements?communeId=" + namGiangCommune));
        assertEquals(tc, total(user, "/api/v1/agreements?communeId=" + tayGiangCommune));
        assertEquals(nn, total(user, "/api/v1/support-records?agreementId=" + agreement.get("NN")));
        assertEquals(tc, total(user, "/api/v1/support-records?agreementId=" + agreement.get("TC")));
        assertEquals(nn, total(user, "/api/v1/monitoring-visits?agreementId=" + agreement.get("NN")));
        assertEquals(tc, total(user, "/api/v1/monitoring-visits?agreementId=" + agreement.get("TC")));
    }

    @ParameterizedTest(name = "a unit sees only its own organisation's agreements: {0}")
    @ValueSource(strings = {"sonnptnt", "sotaichinh"})
    void unitListIsOnlyItsOwn(String user) {
        String own = user.equals("sonnptnt") ? SO_NN : SO_TC;
        List<String> partners = as(user).get("/api/v1/agreements?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.organization.code");
        assertEquals(false, partners.isEmpty(), "the demo data gives " + user + " agreements");
        partners.forEach(code -> assertEquals(own, code));
    }

    @ParameterizedTest(name = "a district sees only agreements in its communes: {0}")
    @ValueSource(strings = {"namgiang", "taygiang", Tokens.NAM_GIANG_SYSTEM})
    void districtListIsOnlyItsOwn(String user) {
        String own = user.equals("taygiang") ? TAY_GIANG : NAM_GIANG;
        List<String> districts = as(user).get("/api/v1/agreements?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.district.code");
        assertEquals(false, districts.isEmpty(), "the demo data gives " + user + " agreements");
        districts.forEach(code -> assertEquals(own, code));
    }

    @ParameterizedTest(name = "/me for {0}")
    @CsvSource({
            "admin,      admin,           province,     ''",
            "bdt,        province,        province,     ''",
            "lanhdao,    province-viewer, province,     ''",
            "namgiang,   district,        district,     510",
            "taygiang,   district,        district,     504",
            "sonnptnt,   unit,            organization, SNNPTNT",
            "sotaichinh, unit,            organization, STC",
            "service-account-ketnghia-integration-namgiang, integration, district, 510"})
    void meNamesRoleAndScope(String user, String role, String scopeKind, String scopeCode) {
        as(user).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(user))
                .body("roles", hasItem(role))
                .body("scope.kind", equalTo(scopeKind))
                .body("scope.code", equalTo(scopeCode.isEmpty() ? null : scopeCode));
    }

    // ---------------------------------------------------------------- creating

    @ParameterizedTest(name = "{0} proposes an agreement for Sở NN&PTNT: {1}")
    @CsvSource({"admin, 403", "bdt, 201", "lanhdao, 403", "namgiang, 403", "taygiang, 403", "sonnptnt, 201", "sotaichinh, 403", "service-account-ketnghia-integration-namgiang, 403"})
    void createAgreement(String user, int expected) {
        long commune = Fixtures.newCommune(NAM_GIANG, "Tạo thỏa thuận " + user);
        as(user).body(Fixtures.agreementBody(SO_NN, commune)).post("/api/v1/agreements")
                .then().statusCode(expected);
        assertEquals(expected == 201 ? 1 : 0, total("bdt", "/api/v1/agreements?communeId=" + commune),
                "a refused create leaves nothing behind");
    }

    @ParameterizedTest(name = "{0} records support on Sở NN&PTNT's agreement: {1}")
    @CsvSource({"admin, 403", "bdt, 201", "lanhdao, 403", "namgiang, 403", "taygiang, 403", "sonnptnt, 201", "sotaichinh, 404", "service-account-ketnghia-integration-namgiang, 403"})
    void createSupportRecord(String user, int expected) {
        long before = total("bdt", "/api/v1/support-records?agreementId=" + agreement.get("NN"));
        as(user).body(Fixtures.supportRecordBody(agreement.get("NN"))).post("/api/v1/support-records")
                .then().statusCode(expected);
        assertEquals(before + (expected == 201 ? 1 : 0), total("bdt", "/api/v1/support-records?agreementId=" + agreement.get("NN")));
    }

    @ParameterizedTest(name = "{0} records a monitoring visit on Sở NN&PTNT's agreement: {1}")
    @CsvSource({"admin, 403", "bdt, 201", "lanhdao, 403", "namgiang, 201", "taygiang, 404", "sonnptnt, 201", "sotaichinh, 404", "service-account-ketnghia-integration-namgiang, 403"})
    void createVisit(String user, int expected) {
        long before = total("bdt", "/api/v1/monitoring-visits?agreementId=" + agreement.get("NN"));
        as(user).body(Fixtures.visitBody(agreement.get("NN"))).post("/api/v1/monitoring-visits")
                .then().statusCode(expected);
        assertEquals(before + (expected == 201 ? 1 : 0), total("bdt", "/api/v1/monitoring-visits?agreementId=" + agreement.get("NN")));
    }

    @ParameterizedTest(name = "{0} adds an annual programme to Sở NN&PTNT's agreement: {1}")
    @CsvSource({"admin, 403", "bdt, 201", "lanhdao, 403", "namgiang, 403", "taygiang, 403", "sonnptnt, 201", "sotaichinh, 404", "service-account-ketnghia-integration-namgiang, 403"})
    void createPlan(String user, int expected) {
        long fresh = Fixtures.activeAgreement(SO_NN, Fixtures.newCommune(NAM_GIANG, "Kế hoạch " + user));
        String plans = "/api/v1/agreements/" + fresh + "/plans";
        as(user).body(Map.of("kind", "annual", "year", 2018, "title", "Chương trình 2018")).post(plans)
                .then().statusCode(expected);
        assertEquals(expected == 201 ? 1 : 0, as("bdt").get(plans).then().statusCode(200).extract().jsonPath().getList("$").size());
    }

    @ParameterizedTest(name = "{0} creates a catalogue entry: {1}")
    @CsvSource({"admin, 201", "bdt, 201", "lanhdao, 403", "namgiang, 403", "taygiang, 403", "sonnptnt, 403", "sotaichinh, 403", "service-account-ketnghia-integration-namgiang, 403"})
    void createCatalogueEntry(String user, int expected) {
        int year = 2030 + Math.abs(user.hashCode() % 60);
        as(user).body(Map.of("code", "T-" + user, "name", "Giai đoạn thử " + user, "startYear", year, "endYear", year))
                .post("/api/v1/periods").then().statusCode(expected);
        List<String> codes = as("bdt").get("/api/v1/periods?size=100").then().extract().jsonPath().getList("items.code");
        assertEquals(expected == 201, codes.contains("T-" + user));
    }

    // ---------------------------------------------------------------- updating

    @ParameterizedTest(name = "{0} edits Sở NN&PTNT's agreement: {1}")
    @CsvSource({"admin, 403", "bdt, 200", "lanhdao, 403", "namgiang, 403", "taygiang, 403", "sonnptnt, 200", "sotaichinh, 404", "service-account-ketnghia-integration-namgiang, 403"})
    void updateAgreement(String user, int expected) {
        String path = "/api/v1/agreements/" + agreement.get("NN");
        Response current = as("bdt").get(path);
        Map<String, Object> body = new HashMap<>(Fixtures.agreementBody(SO_NN, namGiangCommune));
        body.put("documentNumber", current.jsonPath().getString("documentNumber"));
        body.put("notes", "Sửa bởi " + user);
        as(user).header("If-Match", current.header("ETag")).body(body).put(path).then().statusCode(expected);
        assertChangedOnlyIfAllowed(path, current, expected);
    }

    @ParameterizedTest(name = "{0} edits a support record of Sở NN&PTNT: {1}")
    @CsvSource({"admin, 403", "bdt, 200", "lanhdao, 403", "namgiang, 403", "taygiang, 403", "sonnptnt, 200", "sotaichinh, 404", "service-account-ketnghia-integration-namgiang, 403"})
    void updateSupportRecord(String user, int expected) {
        String path = "/api/v1/support-records/" + Fixtures.supportRecord(agreement.get("NN"));
        Response current = as("bdt").get(path);
        Map<String, Object> body = new HashMap<>(Fixtures.supportRecordBody(agreement.get("NN")));
        body.put("valueVnd", 26_000_000L);
        as(user).header("If-Match", current.header("ETag")).body(body).put(path).then().statusCode(expected);
        assertChangedOnlyIfAllowed(path, current, expected);
    }

    @ParameterizedTest(name = "{0} confirms receipt of support to Nam Giang: {1}")
    @CsvSource({"admin, 403", "bdt, 403", "lanhdao, 403", "namgiang, 200", "taygiang, 404", "sonnptnt, 403", "sotaichinh, 403", "service-account-ketnghia-integration-namgiang, 200"})
    void confirmSupport(String user, int expected) {
        String path = "/api/v1/support-records/" + Fixtures.supportRecord(agreement.get("NN"));
        Response current = as("bdt").get(path);
        as(user).header("If-Match", current.header("ETag")).post(path + "/confirm").then().statusCode(expected);
        as("bdt").get(path).then().body("status", equalTo(expected == 200 ? "confirmed" : "recorded"));
    }

    @ParameterizedTest(name = "{0} agrees Sở NN&PTNT's plan for Nam Giang: {1}")
    @CsvSource({"admin, 403", "bdt, 403", "lanhdao, 403", "namgiang, 200", "taygiang, 404", "sonnptnt, 403", "sotaichinh, 403", "service-account-ketnghia-integration-namgiang, 200"})
    void agreePlan(String user, int expected) {
        long fresh = Fixtures.activeAgreement(SO_NN, Fixtures.newCommune(NAM_GIANG, "Thống nhất " + user));
        String path = "/api/v1/agreements/" + fresh + "/plans/" + Fixtures.planWithItem(fresh);
        Response current = as("bdt").get(path);
        as(user).header("If-Match", current.header("ETag")).post(path + "/agree").then().statusCode(expected);
        as("bdt").get(path).then().body("status", equalTo(expected == 200 ? "agreed" : "draft"));
    }

    @ParameterizedTest(name = "{0} edits a partner organisation: {1}")
    @CsvSource({"admin, 200", "bdt, 200", "lanhdao, 403", "namgiang, 403", "taygiang, 403", "sonnptnt, 403", "sotaichinh, 403", "service-account-ketnghia-integration-namgiang, 403"})
    void updateCatalogueEntry(String user, int expected) {
        String path = "/api/v1/organizations/" + Fixtures.organizationId(SO_TC);
        Response current = as("bdt").get(path);
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("code", "name", "kind", "address", "phone", "email", "officerName", "officerTitle",
                "officerPhone", "officerEmail", "active")) {
            Object value = current.jsonPath().get(field);
            if (value != null) {
                body.put(field, value);
            }
        }
        body.put("officerPhone", "0235 3" + Math.abs(user.hashCode() % 1_000_000));
        as(user).header("If-Match", current.header("ETag")).body(body).put(path).then().statusCode(expected);
        assertChangedOnlyIfAllowed(path, current, expected);
    }

    // ---------------------------------------------------------------- tokens

    @Test
    void noTokenIsUnauthenticated() {
        given().get("/api/v1/agreements").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:ketnghia:problem:not-authenticated"));
    }

    @Test
    void expiredTokenIsUnauthenticated() {
        given().auth().oauth2(Tokens.expiredAccessToken("bdt")).get("/api/v1/agreements").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ketnghia:problem:not-authenticated"));
    }

    @Test
    void wronglySignedTokenIsUnauthenticated() {
        given().auth().oauth2(Tokens.wronglySignedAccessToken("bdt")).get("/api/v1/agreements").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ketnghia:problem:not-authenticated"));
    }

    @ParameterizedTest(name = "a malformed Authorization header is unauthenticated: {0}")
    @ValueSource(strings = {"Bearer not-a-jwt", "Bearer ", "Basic YmR0OmRlbW8=", "Bearer a.b.c"})
    void malformedCredentialsAreUnauthenticated(String header) {
        given().header("Authorization", header).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void theRightTokenStillWorksAfterTheBadOnes() {
        as("bdt").get("/api/v1/me").then().statusCode(200).body("username", equalTo("bdt"));
    }

    private static long total(String user, String path) {
        return as(user).get(path).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static void assertChangedOnlyIfAllowed(String path, Response before, int status) {
        long versionBefore = before.jsonPath().getLong("version");
        long versionAfter = Api.as("bdt").get(path).then().statusCode(200).extract().jsonPath().getLong("version");
        assertEquals(status == 200 ? versionBefore + 1 : versionBefore, versionAfter,
                status == 200 ? "an allowed update moves the version" : "a refused update changes nothing");
    }
}
