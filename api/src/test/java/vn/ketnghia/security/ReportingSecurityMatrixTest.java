package vn.ketnghia.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.testsupport.Api.as;
import static vn.ketnghia.testsupport.Fixtures.NAM_GIANG;
import static vn.ketnghia.testsupport.Fixtures.SO_NN;
import static vn.ketnghia.testsupport.Fixtures.SO_TC;
import static vn.ketnghia.testsupport.Fixtures.TAY_GIANG;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
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
 * Who may do what in a reporting round, with real tokens for every demo user. The world: the
 * semi-annual period of 2038, opened by the province, so the roster holds Sở NN&PTNT (sonnptnt),
 * Sở Tài chính (sotaichinh) and the districts Nam Giang (namgiang, and its district system) and Tây
 * Giang (taygiang). A unit or district sees only its own report (404 otherwise, like a missing one);
 * a role that may never act answers 403; a refused write changes nothing.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingSecurityMatrixTest {

    private static final int YEAR = 2038;
    private static final String INTEGRATION = "service-account-ketnghia-integration-namgiang";

    private boolean built;
    private long periodId;
    /** The reports of Sở NN&PTNT (NN), Sở Tài chính (TC), Nam Giang (NG) and Tây Giang (TG). */
    private long nn;
    private long tc;
    private long ng;
    private long tg;

    /** Once per class, in BeforeEach: REST Assured knows the test port only once a test runs. */
    @BeforeEach
    void buildTheWorld() {
        if (built) {
            return;
        }
        built = true;
        long namGiangCommune = Fixtures.newCommune(NAM_GIANG, "Ma trận báo cáo Nam Giang");
        long tayGiangCommune = Fixtures.newCommune(TAY_GIANG, "Ma trận báo cáo Tây Giang");
        // Open-ended agreements of the 2021–2025 programme period still run in 2038, so they put both
        // partners and both districts on the roster.
        Fixtures.openEndedAgreement(Fixtures.organizationId(SO_NN), namGiangCommune, "2021-01-01");
        Fixtures.openEndedAgreement(Fixtures.organizationId(SO_TC), tayGiangCommune, "2021-01-01");
        periodId = Api.id(as("bdt").body(Map.of("regime", "semi_annual", "year", YEAR))
                .post("/api/v1/reporting-periods").then().statusCode(201).extract());
        String etag = Api.etagOf("bdt", "/api/v1/reporting-periods/" + periodId);
        as("bdt").header("If-Match", etag).post("/api/v1/reporting-periods/" + periodId + "/open")
                .then().statusCode(200).body("status", equalTo("open"));
        nn = reportOf("organizationId", Fixtures.organizationId(SO_NN));
        tc = reportOf("organizationId", Fixtures.organizationId(SO_TC));
        ng = reportOf("reporterKind=district&districtId", Fixtures.districtId(NAM_GIANG));
        tg = reportOf("reporterKind=district&districtId", Fixtures.districtId(TAY_GIANG));
    }

    private long reportOf(String filter, long id) {
        List<Integer> ids = as("bdt").get("/api/v1/reports?periodId=" + periodId + "&" + filter + "=" + id)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(1, ids.size(), "one report for " + filter + "=" + id);
        return ids.getFirst();
    }

    // ---------------------------------------------------------------- periods

    @ParameterizedTest(name = "{0} reads the periods")
    @ValueSource(strings = {"admin", "bdt", "lanhdao", "namgiang", "taygiang", "sonnptnt", "sotaichinh", INTEGRATION})
    void everyoneSignedInReadsThePeriods(String user) {
        as(user).get("/api/v1/reporting-periods/" + periodId).then().statusCode(200).body("year", equalTo(YEAR));
        as(user).get("/api/v1/reporting-periods?year=" + YEAR).then().statusCode(200).body("total", equalTo(1));
        as(user).get("/api/v1/reporting-regimes").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} may not create or step a period")
    @ValueSource(strings = {"admin", "lanhdao", "namgiang", "taygiang", "sonnptnt", "sotaichinh", INTEGRATION})
    void onlyTheProvinceRunsPeriods(String user) {
        as(user).body(Map.of("regime", "annual", "year", YEAR)).post("/api/v1/reporting-periods")
                .then().statusCode(403).contentType("application/problem+json");
        String etag = Api.etagOf("bdt", "/api/v1/reporting-periods/" + periodId);
        as(user).header("If-Match", etag).post("/api/v1/reporting-periods/" + periodId + "/close").then().statusCode(403);
        as(user).body(Map.of("organizationId", Fixtures.organizationId(SO_TC), "reason", "thử"))
                .post("/api/v1/reporting-periods/" + periodId + "/reporters").then().statusCode(403);
        as(user).post("/api/v1/reporting-periods/" + periodId + "/reminders").then().statusCode(403);
        as("bdt").get("/api/v1/reporting-periods/" + periodId).then().statusCode(200)
                .body("status", equalTo("open")).header("ETag", etag);
    }

    @ParameterizedTest(name = "{0} follows up the round: {1}")
    @CsvSource({
            "admin,      200",
            "bdt,        200",
            "lanhdao,    200",
            "namgiang,   403",
            "taygiang,   403",
            "sonnptnt,   403",
            "sotaichinh, 403",
            INTEGRATION + ", 403"})
    void completenessAndSummaryAreTheProvincesViews(String user, int expected) {
        String period = "/api/v1/reporting-periods/" + periodId;
        assertEquals(expected, as(user).get(period + "/completeness").statusCode(), user + " completeness");
        assertEquals(expected, as(user).get(period + "/summary").statusCode(), user + " summary");
        Response xlsx = as(user).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(period + "/summary");
        assertEquals(expected, xlsx.statusCode(), user + " summary as XLSX");
    }

    @ParameterizedTest(name = "{0} downloads the reminder letter: {1}")
    @CsvSource({
            "bdt,        200",
            "admin,      403",
            "lanhdao,    403",
            "namgiang,   403",
            "sonnptnt,   403",
            INTEGRATION + ", 403"})
    void onlyTheProvinceWritesReminderLetters(String user, int expected) {
        // The letter chases reporters who owe a report; before 2038's due date that is a returned one.
        String path = "/api/v1/reports/" + tg;
        if ("draft".equals(as("taygiang").get(path).jsonPath().getString("status"))) {
            as("taygiang").header("If-Match", Api.etagOf("taygiang", path))
                    .body(Map.of("results", "Huyện Tây Giang báo cáo.", "difficulties", List.of(), "recommendations", List.of()))
                    .put(path).then().statusCode(200);
            as("taygiang").header("If-Match", Api.etagOf("taygiang", path)).post(path + "/submit").then().statusCode(200);
            as("bdt").header("If-Match", Api.etagOf("bdt", path)).body(Map.of("reason", "Thiếu số liệu hộ hưởng lợi"))
                    .post(path + "/return").then().statusCode(200).body("status", equalTo("returned"));
        }
        assertEquals(expected, as(user).accept("*/*")
                .get("/api/v1/reporting-periods/" + periodId + "/reminder-letter").statusCode(), user);
    }

    // ---------------------------------------------------------------- reports

    @ParameterizedTest(name = "{0} reads NN {1}, TC {2}, NG {3}, TG {4}")
    @CsvSource({
            "admin,      200, 200, 200, 200",
            "bdt,        200, 200, 200, 200",
            "lanhdao,    200, 200, 200, 200",
            "namgiang,   404, 404, 200, 404",
            "taygiang,   404, 404, 404, 200",
            "sonnptnt,   200, 404, 404, 404",
            "sotaichinh, 404, 200, 404, 404",
            INTEGRATION + ", 404, 404, 200, 404"})
    void reportsFollowScope(String user, int nnStatus, int tcStatus, int ngStatus, int tgStatus) {
        long[] reports = {nn, tc, ng, tg};
        int[] expected = {nnStatus, tcStatus, ngStatus, tgStatus};
        for (int i = 0; i < reports.length; i++) {
            for (String path : List.of("/api/v1/reports/" + reports[i], "/api/v1/reports/" + reports[i] + "/attachments")) {
                Response response = as(user).get(path);
                assertEquals(expected[i], response.statusCode(), user + " GET " + path);
                if (expected[i] == 404) {
                    response.then().contentType("application/problem+json")
                            .body("type", equalTo("urn:ketnghia:problem:not-found"));
                }
            }
            int listed = as(user).get("/api/v1/reports?periodId=" + periodId).then().statusCode(200)
                    .extract().jsonPath().getList("items.id").contains((int) reports[i]) ? 200 : 404;
            assertEquals(expected[i], listed, user + " lists report " + reports[i]);
        }
    }

    @ParameterizedTest(name = "{0} may not edit or submit Sở NN&PTNT's report: {1}")
    @CsvSource({
            "admin,      403",
            "bdt,        403",
            "lanhdao,    403",
            "namgiang,   404",
            "sotaichinh, 404",
            INTEGRATION + ", 404"})
    void onlyTheReporterWritesItsReport(String user, int expected) {
        String path = "/api/v1/reports/" + nn;
        String etag = Api.etagOf("sonnptnt", path);
        Map<String, Object> body = Map.of("results", "Không phải của tôi", "difficulties", List.of(), "recommendations", List.of());
        assertEquals(expected, as(user).header("If-Match", etag).body(body).put(path).statusCode(), user + " PUT");
        assertEquals(expected, as(user).header("If-Match", etag).post(path + "/submit").statusCode(), user + " submit");
        assertEquals(expected, as(user).contentType("multipart/form-data")
                .multiPart("file", "a.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post(path + "/attachments").statusCode(), user + " attach");
        as("sonnptnt").get(path).then().statusCode(200).header("ETag", etag).body("status", equalTo("draft"));
    }

    @Test
    void theDistrictSystemWritesItsDistrictsReportAsTheDistrictWould() {
        String path = "/api/v1/reports/" + ng;
        String etag = Api.etagOf(INTEGRATION, path);
        as(INTEGRATION).header("If-Match", etag)
                .body(Map.of("results", "Huyện Nam Giang báo cáo qua hệ thống của huyện.", "difficulties", List.of(),
                        "recommendations", List.of()))
                .put(path).then().statusCode(200).body("results", equalTo("Huyện Nam Giang báo cáo qua hệ thống của huyện."));
    }

    @ParameterizedTest(name = "{0} may not return or accept a submitted report: {1}")
    @CsvSource({
            "admin,      403",
            "lanhdao,    403",
            "namgiang,   403",
            "taygiang,   403",
            "sonnptnt,   403",
            "sotaichinh, 403",
            INTEGRATION + ", 403"})
    void onlyTheProvinceReturnsOrAccepts(String user, int expected) {
        String path = "/api/v1/reports/" + tc;
        if ("draft".equals(as("sotaichinh").get(path).jsonPath().getString("status"))) {
            as("sotaichinh").header("If-Match", Api.etagOf("sotaichinh", path))
                    .body(Map.of("results", "Sở Tài chính đã hỗ trợ xã Ch'ơm.", "difficulties", List.of(), "recommendations", List.of()))
                    .put(path).then().statusCode(200);
            as("sotaichinh").header("If-Match", Api.etagOf("sotaichinh", path)).post(path + "/submit")
                    .then().statusCode(200).body("status", equalTo("submitted"));
        }
        String etag = Api.etagOf("bdt", path);
        assertEquals(expected, as(user).header("If-Match", etag).body(Map.of("reason", "Thiếu số liệu"))
                .post(path + "/return").statusCode(), user + " return");
        assertEquals(expected, as(user).header("If-Match", etag).post(path + "/accept").statusCode(), user + " accept");
        assertEquals(expected, as(user).header("If-Match", etag).body(Map.of("reason", "Đơn vị đã giải thể"))
                .post(path + "/excuse").statusCode(), user + " excuse");
        as("bdt").get(path).then().statusCode(200).header("ETag", etag).body("status", equalTo("submitted"));
    }

    // ---------------------------------------------------------------- notifications

    @ParameterizedTest(name = "{0} reads its inbox")
    @ValueSource(strings = {"admin", "bdt", "lanhdao", "namgiang", "taygiang", "sonnptnt", "sotaichinh", INTEGRATION})
    void everyoneHasAnInbox(String user) {
        as(user).get("/api/v1/notifications").then().statusCode(200);
        as(user).get("/api/v1/notifications/unread-count").then().statusCode(200);
    }

    @Test
    void theViewerReadsTheProvincesInboxButMarksNothing() {
        as("lanhdao").post("/api/v1/notifications/read-all").then().statusCode(403);
    }

    @Test
    void aUnitCannotMarkAnotherPartysNoticeRead() {
        List<Integer> provinceNotices = as("bdt").get("/api/v1/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        if (provinceNotices.isEmpty()) {
            // The province's inbox gets a notice when a report is submitted; make one.
            onlyTheProvinceReturnsOrAccepts("lanhdao", 403);
            provinceNotices = as("bdt").get("/api/v1/notifications").jsonPath().getList("items.id");
        }
        int notice = provinceNotices.getFirst();
        as("sonnptnt").post("/api/v1/notifications/" + notice + "/read").then().statusCode(404);
        as("namgiang").post("/api/v1/notifications/" + notice + "/read").then().statusCode(404);
    }
}
