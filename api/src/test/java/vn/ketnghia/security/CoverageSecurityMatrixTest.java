package vn.ketnghia.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Who may read coverage, with real tokens for every demo user and the district system, on the demo
 * data: every signed-in role reads the headline, communes and agreements within its scope; only the
 * province, its leadership and the administrator read participation; coverage has no writes, and a
 * write attempt changes nothing.
 */
@QuarkusTest
class CoverageSecurityMatrixTest {

    private static final String INTEGRATION = "service-account-ketnghia-integration-namgiang";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The demo's programme period, named explicitly: without it coverage takes the latest period with
     * especially-difficult communes, which becomes whichever period other test classes flagged communes in.
     */
    private static String demoPeriod() {
        return "periodId=" + Fixtures.periodId("2016-2020");
    }

    @ParameterizedTest(name = "{0}: headline, communes and agreements 200; organisations {1}")
    @CsvSource({
            "admin,      200",
            "bdt,        200",
            "lanhdao,    200",
            "namgiang,   403",
            "taygiang,   403",
            "sonnptnt,   403",
            "sotaichinh, 403",
            INTEGRATION + ", 403"})
    void whoReadsWhat(String user, int organizations) {
        as(user).get("/api/v1/coverage").then().statusCode(200).body("communes", notNullValue());
        as(user).get("/api/v1/coverage/communes").then().statusCode(200);
        as(user).get("/api/v1/coverage/agreements").then().statusCode(200);
        assertEquals(200, as(user).accept(XLSX).get("/api/v1/coverage/communes").statusCode(), user + " communes as XLSX");
        assertEquals(200, as(user).accept(XLSX).get("/api/v1/coverage/agreements").statusCode(), user + " agreements as XLSX");
        assertEquals(organizations, as(user).get("/api/v1/coverage/organizations").statusCode(), user + " organisations");
        assertEquals(organizations, as(user).accept(XLSX).get("/api/v1/coverage/organizations").statusCode(),
                user + " organisations as XLSX");
        if (organizations == 403) {
            as(user).get("/api/v1/coverage/organizations").then().contentType("application/problem+json");
            as(user).get("/api/v1/coverage").then().body("organizations", nullValue());
        } else {
            as(user).get("/api/v1/coverage").then().body("organizations.total", greaterThan(0));
        }
    }

    @ParameterizedTest(name = "{0} sees only district {1}")
    @CsvSource({"namgiang, 510", "taygiang, 504", INTEGRATION + ", 510"})
    void aDistrictSeesOnlyItsDistrict(String user, String district) {
        int districtId = (int) Fixtures.districtId(district);
        JsonPath communes = as(user).get("/api/v1/coverage/communes?size=100&" + demoPeriod()).then().statusCode(200).extract().jsonPath();
        assertTrue(communes.getLong("total") > 0, "the demo has communes in " + district);
        as(user).get("/api/v1/coverage/communes?size=100&" + demoPeriod()).then().body("items.district.id", everyItem(org.hamcrest.Matchers.equalTo(districtId)));
        as(user).get("/api/v1/coverage/agreements?size=100&" + demoPeriod()).then().body("items.district.id", everyItem(org.hamcrest.Matchers.equalTo(districtId)));
        as(user).get("/api/v1/coverage?" + demoPeriod()).then().body("districts.id", everyItem(org.hamcrest.Matchers.equalTo(districtId)));
    }

    @ParameterizedTest(name = "{0} sees only its own agreements")
    @CsvSource({"sonnptnt, SNNPTNT", "sotaichinh, STC"})
    void aUnitSeesOnlyWhatItHelps(String user, String organization) {
        int organizationId = (int) Fixtures.organizationId(organization);
        as(user).get("/api/v1/coverage/agreements?size=100&" + demoPeriod()).then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.organization.id", everyItem(org.hamcrest.Matchers.equalTo(organizationId)));
        JsonPath communes = as(user).get("/api/v1/coverage/communes?size=100&" + demoPeriod()).then().statusCode(200).extract().jsonPath();
        assertTrue(communes.getLong("total") > 0);
        List<List<Integer>> partners = communes.getList("items.partners.organizationId");
        // a commune it only proposed to help has no active partner yet; otherwise the unit sees itself alone
        partners.forEach(p -> assertTrue(p.isEmpty() || p.equals(List.of(organizationId)), "a unit sees no other partner: " + p));
        assertTrue(partners.contains(List.of(organizationId)), "the unit's own active agreements show");
    }

    @ParameterizedTest(name = "anonymous: {0} is 401")
    @ValueSource(strings = {"/api/v1/coverage", "/api/v1/coverage/communes", "/api/v1/coverage/organizations", "/api/v1/coverage/agreements"})
    void anonymousIsRefused(String path) {
        given().get(path).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} cannot write coverage")
    @ValueSource(strings = {"admin", "bdt", "lanhdao", "namgiang", "taygiang", "sonnptnt", "sotaichinh", INTEGRATION})
    void coverageIsReadOnly(String user) {
        Map<String, Object> before = as("bdt").get("/api/v1/coverage").then().statusCode(200).extract().jsonPath().getMap("");
        for (String path : List.of("/api/v1/coverage", "/api/v1/coverage/communes", "/api/v1/coverage/organizations",
                "/api/v1/coverage/agreements")) {
            int post = as(user).body(Map.of("periodId", 1)).post(path).statusCode();
            int delete = as(user).delete(path).statusCode();
            assertTrue(post == 405 || post == 403, user + " POST " + path + ": " + post);
            assertTrue(delete == 405 || delete == 403, user + " DELETE " + path + ": " + delete);
        }
        assertEquals(before, as("bdt").get("/api/v1/coverage").then().extract().jsonPath().getMap(""));
    }

    @ParameterizedTest(name = "province roles see the demo's uncovered communes: {0}")
    @ValueSource(strings = {"bdt", "lanhdao", "admin"})
    void provinceRolesSeeEveryDistrict(String user) {
        as(user).get("/api/v1/coverage?" + demoPeriod()).then().statusCode(200)
                .body("districts.code", hasItem("510")).body("districts.code", hasItem("504"));
    }
}
