package vn.ketnghia.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.testsupport.Api.as;
import static vn.ketnghia.testsupport.Fixtures.NAM_GIANG;
import static vn.ketnghia.testsupport.Fixtures.SO_NN;
import static vn.ketnghia.testsupport.Fixtures.SO_TC;
import static vn.ketnghia.testsupport.Fixtures.TAY_GIANG;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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

/**
 * Who may do what with needs and pledges, with real tokens for every demo user and the Nam Giang
 * district system. The world: a commune of Nam Giang helped by Sở NN&PTNT (sonnptnt) and a commune
 * of Tây Giang helped by Sở Tài chính (sotaichinh), each with a need. Everyone with a programme role
 * reads every need; a district writes its own district's needs; a unit pledges under its own
 * agreements; a refused write changes nothing.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedsSecurityMatrixTest {

    private static final String INTEGRATION = "service-account-ketnghia-integration-namgiang";
    private static final String NEEDS = "/api/v1/needs";

    private boolean built;
    private long namGiangCommune;
    private long tayGiangCommune;
    private long nnAgreement;
    private long tcAgreement;
    private long ngNeed;
    private long tgNeed;

    /** Once per class, in BeforeEach: REST Assured knows the test port only once a test runs. */
    @BeforeEach
    void buildTheWorld() {
        if (built) {
            return;
        }
        built = true;
        namGiangCommune = Fixtures.newCommune(NAM_GIANG, "Ma trận nhu cầu Nam Giang");
        tayGiangCommune = Fixtures.newCommune(TAY_GIANG, "Ma trận nhu cầu Tây Giang");
        nnAgreement = Fixtures.activeAgreement(SO_NN, namGiangCommune);
        tcAgreement = Fixtures.activeAgreement(SO_TC, tayGiangCommune);
        ngNeed = need("namgiang", namGiangCommune, "Bò giống Nam Giang");
        tgNeed = need("taygiang", tayGiangCommune, "Lúa giống Tây Giang");
    }

    private static Map<String, Object> needBody(long commune, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeId", commune);
        body.put("categoryId", Fixtures.categoryId("PD-SEEDS-LIVESTOCK"));
        body.put("title", title);
        body.put("estimatedVnd", 100_000_000L);
        body.put("priority", "medium");
        body.put("targetYear", 2019);
        return body;
    }

    private static long need(String user, long commune, String title) {
        return as(user).body(needBody(commune, title)).post(NEEDS).then().statusCode(201).extract().jsonPath().getLong("need.id");
    }

    private static JsonPath read(long need) {
        return as("bdt").get(NEEDS + "/" + need).then().statusCode(200).extract().jsonPath();
    }

    private static long needsOf(long commune) {
        return as("bdt").get(NEEDS + "?communeId=" + commune).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static int itemsOf(long agreement) {
        List<List<Object>> items = as("bdt").get("/api/v1/agreements/" + agreement + "/plans").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().mapToInt(List::size).sum();
    }

    @ParameterizedTest(name = "{0} reads every need")
    @ValueSource(strings = {"admin", "bdt", "lanhdao", "namgiang", "taygiang", "sonnptnt", "sotaichinh", INTEGRATION})
    void everyProgrammeRoleReadsEveryNeed(String user) {
        as(user).get(NEEDS + "/" + ngNeed).then().statusCode(200).body("need.title", equalTo("Bò giống Nam Giang"));
        as(user).get(NEEDS + "/" + tgNeed).then().statusCode(200).body("need.title", equalTo("Lúa giống Tây Giang"));
        as(user).get(NEEDS + "?communeId=" + tayGiangCommune).then().statusCode(200).body("total", equalTo(1));
        as(user).get(NEEDS + "/" + ngNeed + "/history").then().statusCode(200);
    }

    @Test
    void anonymousCallersAreRefused() {
        Api.anonymous().get(NEEDS).then().statusCode(401);
        Api.anonymous().body(needBody(namGiangCommune, "Ẩn danh")).post(NEEDS).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} posts a need of a Nam Giang commune: {1}")
    @CsvSource({
            "bdt,        201",
            "namgiang,   201",
            INTEGRATION + ", 201",
            "taygiang,   403",
            "admin,      403",
            "lanhdao,    403",
            "sonnptnt,   403",
            "sotaichinh, 403"})
    void postingANeed(String user, int expected) {
        long before = needsOf(namGiangCommune);
        as(user).body(needBody(namGiangCommune, "Nhu cầu của " + user)).post(NEEDS).then().statusCode(expected);
        assertEquals(before + (expected == 201 ? 1 : 0), needsOf(namGiangCommune), user);
    }

    @ParameterizedTest(name = "{0} may not change Nam Giang's need")
    @ValueSource(strings = {"taygiang", "admin", "lanhdao", "sonnptnt", "sotaichinh"})
    void othersCannotChangeANeed(String user) {
        String path = NEEDS + "/" + ngNeed;
        String etag = Api.etagOf("bdt", path);
        as(user).header("If-Match", etag).body(needBody(namGiangCommune, "Đổi")).put(path)
                .then().statusCode(403).contentType("application/problem+json");
        as(user).header("If-Match", etag).body(Map.of("note", "x")).post(path + "/met").then().statusCode(403);
        as(user).header("If-Match", etag).body(Map.of("reason", "x")).post(path + "/cancel").then().statusCode(403);
        as(user).header("If-Match", etag).post(path + "/reopen").then().statusCode(403);
        as(user).header("If-Match", etag).delete(path).then().statusCode(403);
        as("bdt").get(path).then().statusCode(200).header("ETag", etag)
                .body("need.title", equalTo("Bò giống Nam Giang")).body("need.status", equalTo("open"));
    }

    @ParameterizedTest(name = "{0} changes a Nam Giang need")
    @ValueSource(strings = {"bdt", "namgiang", INTEGRATION})
    void theDistrictAndTheProvinceChangeANeed(String user) {
        long need = need("namgiang", namGiangCommune, "Để " + user + " sửa");
        String path = NEEDS + "/" + need;
        as(user).header("If-Match", Api.etagOf("bdt", path)).body(needBody(namGiangCommune, "Đã sửa bởi " + user)).put(path)
                .then().statusCode(200).body("need.title", equalTo("Đã sửa bởi " + user));
        as(user).header("If-Match", Api.etagOf("bdt", path)).post(path + "/met").then().statusCode(200).body("need.status", equalTo("met"));
        as(user).header("If-Match", Api.etagOf("bdt", path)).post(path + "/reopen").then().statusCode(200).body("need.status", equalTo("open"));
        as(user).header("If-Match", Api.etagOf("bdt", path)).delete(path).then().statusCode(204);
    }

    @ParameterizedTest(name = "{0} pledges under Sở NN&PTNT''s agreement: {1}")
    @CsvSource({
            "sonnptnt,   201",
            "bdt,        201",
            "sotaichinh, 404",
            "namgiang,   403",
            "taygiang,   403",
            "admin,      403",
            "lanhdao,    403",
            INTEGRATION + ", 403"})
    void pledging(String user, int expected) {
        long need = need("namgiang", namGiangCommune, "Để " + user + " cam kết");
        int items = itemsOf(nnAgreement);
        String etag = Api.etagOf("bdt", NEEDS + "/" + need);
        as(user).body(Map.of("agreementId", nnAgreement, "pledgedVnd", 10_000_000L, "year", 2019))
                .post(NEEDS + "/" + need + "/pledges").then().statusCode(expected);
        JsonPath after = read(need);
        if (expected == 201) {
            assertEquals("pledged", after.getString("need.status"));
            assertEquals(items + 1, itemsOf(nnAgreement));
        } else {
            assertEquals("open", after.getString("need.status"), user);
            assertEquals(0, after.getList("pledges").size(), user);
            assertEquals(items, itemsOf(nnAgreement), user);
            as("bdt").get(NEEDS + "/" + need).then().header("ETag", etag);
        }
    }

    @Test
    void aUnitCannotPledgeUnderItsAgreementForACommuneItDoesNotHelp() {
        int items = itemsOf(tcAgreement);
        as("sotaichinh").body(Map.of("agreementId", tcAgreement, "pledgedVnd", 10_000_000L, "year", 2019))
                .post(NEEDS + "/" + ngNeed + "/pledges").then().statusCode(409);
        assertEquals(items, itemsOf(tcAgreement));
        assertEquals(0, read(ngNeed).getList("pledges").size());
    }

    @ParameterizedTest(name = "{0} withdraws Sở NN&PTNT''s pledge: {1}")
    @CsvSource({
            "sonnptnt,   200",
            "bdt,        200",
            "sotaichinh, 403",
            "namgiang,   403",
            "taygiang,   403",
            "admin,      403",
            "lanhdao,    403",
            INTEGRATION + ", 403"})
    void withdrawing(String user, int expected) {
        long need = need("namgiang", namGiangCommune, "Để " + user + " rút");
        long pledge = as("sonnptnt").body(Map.of("agreementId", nnAgreement, "pledgedVnd", 10_000_000L, "year", 2019))
                .post(NEEDS + "/" + need + "/pledges").then().statusCode(201).extract().jsonPath().getLong("pledges[0].id");
        int items = itemsOf(nnAgreement);
        as(user).header("If-Match", "\"" + read(need).getInt("pledges[0].version") + "\"")
                .post(NEEDS + "/" + need + "/pledges/" + pledge + "/withdraw").then().statusCode(expected);
        JsonPath after = read(need);
        if (expected == 200) {
            assertEquals("withdrawn", after.getString("pledges[0].status"));
            assertEquals("open", after.getString("need.status"));
            assertEquals(items - 1, itemsOf(nnAgreement));
        } else {
            assertEquals("active", after.getString("pledges[0].status"), user);
            assertEquals("pledged", after.getString("need.status"), user);
            assertEquals(items, itemsOf(nnAgreement), user);
        }
    }
}
