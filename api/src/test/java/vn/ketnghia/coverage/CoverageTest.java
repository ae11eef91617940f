package vn.ketnghia.coverage;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;
import vn.ketnghia.testsupport.Tokens;

/**
 * Coverage against a hand-built world: a period 2001–2005 of its own, viewed as of 30/09/2004 with
 * N = 6 months (cutoff 30/03/2004), plan year 2004, and the semi-annual reporting period of 2004 (due
 * 16/06/2004).
 *
 * <pre>
 * District X (new): c1 Ắk Thử, c2 Bờ Rào, c3 Cà Lăng, c4 Đắc Thử especially difficult; c5 Ê Ngoài not.
 * Nam Giang (510): c6 Gò Thử, c7 Hà Thử especially difficult.
 * A1 Alpha→c1 active  support 15/01/2003 5M, 10/05/2004 10M; visit 01/07/2004; annual plan 2004 draft
 * A2 Beta→c1  active  support 20/11/2003 7M; visit 05/05/2003
 * A3 Alpha→c2 active  nothing
 * A4 Gamma→c3 proposed
 * A5 Beta→c5  active  support 01/08/2004 3M, 15/10/2004 99M (after asOf)
 * A6 Điện Bàn→Nam Giang (district twinning) active, nothing
 * A7 Sở NN→c7 active  support 01/04/2004 2M; visit 30/09/2004; annual plan 2004 agreed by Nam Giang
 * A8 Delta→c5 active from 01/06/2004, nothing
 * Reports (semi-annual 2004): Sở NN submitted, Beta excused, Alpha, Delta, Điện Bàn draft.
 * Epsilon (enterprise) has no agreement.
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM = "application/problem+json";
    private static final String AS_OF = "2004-09-30";

    private boolean built;
    private String tok;
    private long period;
    private long x;
    private long ng;
    private long c1, c2, c3, c4, c5, c6, c7;
    private long alpha, beta, gamma, delta, epsilon, dienBan, soNn;
    private long a1, a2, a3, a4, a5, a6, a7, a8;

    @BeforeEach
    void buildTheWorld() {
        if (built) {
            return;
        }
        built = true;
        tok = CoverageWorld.token();
        period = CoverageWorld.newPeriod(2001, 2005);
        x = Fixtures.newDistrict("Huyện Phủ Sóng " + tok);
        ng = Fixtures.districtId(Fixtures.NAM_GIANG);
        c1 = CoverageWorld.commune(x, "Ắk Thử", period, true);
        c2 = CoverageWorld.commune(x, "Bờ Rào", period, true);
        c3 = CoverageWorld.commune(x, "Cà Lăng", period, true);
        c4 = CoverageWorld.commune(x, "Đắc Thử", period, true);
        c5 = CoverageWorld.commune(x, "Ê Ngoài", period, false);
        c6 = CoverageWorld.commune(ng, "Gò Thử", period, true);
        c7 = CoverageWorld.commune(ng, "Hà Thử", period, true);
        alpha = Fixtures.newOrganization("Ban Alpha " + tok, "department");
        beta = Fixtures.newOrganization("Ban Beta " + tok, "department");
        gamma = Fixtures.newOrganization("Ban Gamma " + tok, "mass_organization");
        delta = Fixtures.newOrganization("Ban Delta " + tok, "agency");
        epsilon = Fixtures.newOrganization("Công ty Epsilon " + tok, "enterprise");
        dienBan = Fixtures.organizationId("DIENBAN");
        soNn = Fixtures.organizationId(Fixtures.SO_NN);

        String start = "2001-03-01";
        String end = "2005-12-31";
        a1 = CoverageWorld.active(alpha, period, c1, start, end);
        a2 = CoverageWorld.active(beta, period, c1, start, end);
        a3 = CoverageWorld.active(alpha, period, c2, start, end);
        a4 = CoverageWorld.proposed(gamma, period, c3, start, end);
        a5 = CoverageWorld.active(beta, period, c5, start, end);
        a6 = CoverageWorld.active(dienBan, period, ng, start, end);
        a7 = CoverageWorld.active(soNn, period, c7, start, end);
        a8 = CoverageWorld.active(delta, period, c5, "2004-06-01", end);

        CoverageWorld.support(a1, "2003-01-15", 5_000_000L);
        CoverageWorld.support(a1, "2004-05-10", 10_000_000L);
        CoverageWorld.support(a2, "2003-11-20", 7_000_000L);
        CoverageWorld.support(a5, "2004-08-01", 3_000_000L);
        CoverageWorld.support(a5, "2004-10-15", 99_000_000L);
        CoverageWorld.support(a7, "2004-04-01", 2_000_000L);
        CoverageWorld.visit(a1, "2004-07-01");
        CoverageWorld.visit(a2, "2003-05-05");
        CoverageWorld.visit(a7, "2004-09-30");
        CoverageWorld.annualPlan(a1, 2004);
        CoverageWorld.agree("namgiang", a7, CoverageWorld.annualPlan(a7, 2004));

        long reporting = Api.id(as("bdt").body(Map.of("regime", "semi_annual", "year", 2004))
                .post("/api/v1/reporting-periods").then().statusCode(201).extract());
        as("bdt").header("If-Match", Api.etagOf("bdt", "/api/v1/reporting-periods/" + reporting))
                .post("/api/v1/reporting-periods/" + reporting + "/open").then().statusCode(200);
        String soNnReport = "/api/v1/reports/" + reportOf(reporting, soNn);
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", soNnReport))
                .body(Map.of("results", "Đã hỗ trợ xã Hà Thử", "difficulties", List.of(), "recommendations", List.of()))
                .put(soNnReport).then().statusCode(200);
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", soNnReport)).body(Map.of())
                .post(soNnReport + "/submit").then().statusCode(200);
        String betaReport = "/api/v1/reports/" + reportOf(reporting, beta);
        as("bdt").header("If-Match", Api.etagOf("bdt", betaReport)).body(Map.of("reason", "Đơn vị đang sáp nhập"))
                .post(betaReport + "/excuse").then().statusCode(200);
    }

    private static long reportOf(long reportingPeriod, long organizationId) {
        List<Integer> ids = as("bdt").get("/api/v1/reports?periodId=" + reportingPeriod + "&organizationId=" + organizationId)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(1, ids.size());
        return ids.getFirst();
    }

    private String query(String extra) {
        return "?periodId=" + period + "&asOf=" + AS_OF + (extra.isEmpty() ? "" : "&" + extra);
    }

    private JsonPath get(String user, String path) {
        return as(user).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> ids(JsonPath json, String path) {
        return json.getList(path, Number.class).stream().map(Number::longValue).toList();
    }

    // ---------------------------------------------------------------- headline

    @Test
    void headlineCountsEveryCommuneOrganisationAndAgreementByHand() {
        JsonPath h = get("bdt", "/api/v1/coverage" + query(""));
        assertEquals(period, h.getLong("period.id"));
        assertEquals(AS_OF, h.getString("asOf"));
        assertEquals(6, h.getInt("inactiveMonths"));
        assertEquals(2004, h.getInt("planYear"));
        // c1..c4, c6, c7; covered c1, c2, c7; c6 is helped only through Điện Bàn's district twinning
        assertEquals(List.of(6, 3, 3, 1), List.of(h.getInt("communes.especiallyDifficult"), h.getInt("communes.withPartner"),
                h.getInt("communes.withoutPartner"), h.getInt("communes.onlyDistrictTwinning")));
        // active agreements A1 A2 A3 A5 A6 A7 A8; no support since 30/03/2004: A2 A3 A6 (A8 started after it);
        // no agreed 2004 programme: all but A7; no report: Alpha (A1 A3), Delta (A8), Điện Bàn (A6)
        assertEquals(List.of(7, 3, 6, 4), List.of(h.getInt("agreements.active"), h.getInt("agreements.noRecentSupport"),
                h.getInt("agreements.noAgreedPlan"), h.getInt("agreements.noReport")));
        // participating in the period: Alpha, Beta, Delta, Điện Bàn, Sở NN; Gamma only proposed
        assertEquals(5, h.getInt("organizations.participating"));
        assertEquals(1, h.getInt("organizations.onlyProposed"));
        assertEquals(5, h.getInt("organizations.total") - h.getInt("organizations.withoutAgreement"));

        assertEquals(List.of(x, ng), ids(h, "districts.id"));
        assertEquals(List.of(4, 2, 2), List.of(h.getInt("districts[0].especiallyDifficult"), h.getInt("districts[0].covered"),
                h.getInt("districts[0].uncovered")));
        assertEquals(false, h.getBoolean("districts[0].districtTwinning"));
        assertEquals(List.of(c1, c2, c3, c4), ids(h, "districts[0].communes.id"));
        assertEquals(List.of(2, 1, 0, 0), h.getList("districts[0].communes.partnerCount", Integer.class));
        assertEquals(List.of(2, 1, 1), List.of(h.getInt("districts[1].especiallyDifficult"), h.getInt("districts[1].covered"),
                h.getInt("districts[1].uncovered")));
        assertEquals(true, h.getBoolean("districts[1].districtTwinning"));
        assertEquals(List.of(c6, c7), ids(h, "districts[1].communes.id"));
        assertEquals(List.of(0, 1), h.getList("districts[1].communes.partnerCount", Integer.class));
    }

    @Test
    void headlineOfOneDistrict() {
        JsonPath h = get("bdt", "/api/v1/coverage" + query("districtId=" + x));
        assertEquals(List.of(4, 2, 2, 0), List.of(h.getInt("communes.especiallyDifficult"), h.getInt("communes.withPartner"),
                h.getInt("communes.withoutPartner"), h.getInt("communes.onlyDistrictTwinning")));
        // A1 A2 A3 A5 A8; no support: A2 A3; no plan: all five; no report: A1 A3 A8
        assertEquals(List.of(5, 2, 5, 3), List.of(h.getInt("agreements.active"), h.getInt("agreements.noRecentSupport"),
                h.getInt("agreements.noAgreedPlan"), h.getInt("agreements.noReport")));
        assertEquals(List.of(x), ids(h, "districts.id"));
    }

    @Test
    void longerInactivityWindowAndLaterYear() {
        // N = 12: cutoff 30/09/2003; A2's support of 20/11/2003 is recent enough now
        JsonPath h = get("bdt", "/api/v1/coverage" + query("inactiveMonths=12"));
        assertEquals(2, h.getInt("agreements.noRecentSupport"));
        // asOf in 2031 lies after the period: the plan year stays 2005, which nobody planned
        JsonPath later = get("bdt", "/api/v1/coverage?periodId=" + period + "&asOf=2031-01-01");
        assertEquals(2005, later.getInt("planYear"));
        assertEquals(7, later.getInt("agreements.noAgreedPlan"));
    }

    // ---------------------------------------------------------------- communes

    @Test
    void communeListWithPartnersSupportAndVisits() {
        JsonPath all = get("bdt", "/api/v1/coverage/communes" + query("size=100"));
        assertEquals(7, all.getLong("total"));
        assertEquals(List.of(c1, c2, c3, c4, c5, c6, c7), ids(all, "items.id"));
        as("bdt").get("/api/v1/coverage/communes" + query("size=100")).then()
                .body("items[0].name", equalTo("Ắk Thử"))
                .body("items[0].district.id", equalTo((int) x))
                .body("items[0].especiallyDifficult", equalTo(true))
                .body("items[0].partners.organizationId", contains((int) alpha, (int) beta))
                .body("items[0].partners.agreementId", contains((int) a1, (int) a2))
                .body("items[0].partnerCount", equalTo(2))
                .body("items[0].districtTwinning", equalTo(false))
                .body("items[0].lastSupportDate", equalTo("2004-05-10"))
                .body("items[0].receivedVnd", equalTo(22_000_000))
                .body("items[0].lastVisitDate", equalTo("2004-07-01"))
                .body("items[0].daysSinceVisit", equalTo(91))
                .body("items[1].partnerCount", equalTo(1))
                .body("items[1].lastSupportDate", nullValue())
                .body("items[1].receivedVnd", equalTo(0))
                .body("items[1].lastVisitDate", nullValue())
                .body("items[1].daysSinceVisit", nullValue())
                .body("items[2].partners", empty())
                .body("items[4].especiallyDifficult", equalTo(false))
                .body("items[4].partners.organizationId", contains((int) beta, (int) delta))
                .body("items[4].receivedVnd", equalTo(3_000_000))
                .body("items[4].lastSupportDate", equalTo("2004-08-01"))
                .body("items[5].districtTwinning", equalTo(true))
                .body("items[5].partnerCount", equalTo(0))
                .body("items[6].partners.organizationId", contains((int) soNn))
                .body("items[6].daysSinceVisit", equalTo(0));
    }

    @Test
    void communeFilters() {
        assertEquals(List.of(c3, c4, c6), ids(get("bdt", "/api/v1/coverage/communes"
                + query("covered=false&especiallyDifficult=true")), "items.id"));
        assertEquals(List.of(c1, c2, c5, c7), ids(get("bdt", "/api/v1/coverage/communes" + query("covered=true")), "items.id"));
        assertEquals(List.of(c5), ids(get("bdt", "/api/v1/coverage/communes" + query("especiallyDifficult=false")), "items.id"));
        assertEquals(List.of(c3), ids(get("bdt", "/api/v1/coverage/communes" + query("q=ca lang")), "items.id"));
        assertEquals(List.of(c1, c2, c3, c4, c5), ids(get("bdt", "/api/v1/coverage/communes" + query("q=phu song")), "items.id"));
        assertEquals(List.of(c6, c7), ids(get("bdt", "/api/v1/coverage/communes" + query("districtId=" + ng)), "items.id"));
    }

    @Test
    void communeSortingAndPaging() {
        List<Long> byValue = ids(get("bdt", "/api/v1/coverage/communes" + query("sort=-receivedVnd")), "items.id");
        assertEquals(List.of(c1, c5, c7), byValue.subList(0, 3));
        JsonPath second = get("bdt", "/api/v1/coverage/communes" + query("page=1&size=2"));
        assertEquals(7, second.getLong("total"));
        assertEquals(List.of(c3, c4), ids(second, "items.id"));
        JsonPath past = get("bdt", "/api/v1/coverage/communes" + query("page=10&size=2"));
        assertEquals(7, past.getLong("total"));
        assertEquals(List.of(), ids(past, "items.id"));
        List<Long> byVisit = ids(get("bdt", "/api/v1/coverage/communes" + query("sort=-daysSinceVisit&covered=true")), "items.id");
        // Postgres puts nulls (never visited: c2, c5) first when descending
        assertEquals(List.of(c2, c5, c1, c7), byVisit);
    }

    // ---------------------------------------------------------------- organisations

    @Test
    void organisationParticipation() {
        JsonPath all = get("bdt", "/api/v1/coverage/organizations" + query("q=" + tok));
        assertEquals(List.of(alpha, beta, delta, gamma, epsilon), ids(all, "items.id"));
        assertEquals(List.of(2, 2, 1, 0, 0), all.getList("items.activeAgreements", Integer.class));
        assertEquals(List.of(0, 0, 0, 1, 0), all.getList("items.proposedAgreements", Integer.class));
        assertEquals(List.of(true, true, true, false, false), all.getList("items.participating", Boolean.class));
        assertEquals(List.of(15_000_000, 10_000_000, 0, 0, 0), all.getList("items.givenVnd", Integer.class));
        assertEquals("2004-05-10", all.getString("items[0].lastSupportDate"));
        assertEquals("2004-08-01", all.getString("items[1].lastSupportDate"));
        assertNull(all.getString("items[2].lastSupportDate"));
        assertEquals("department", all.getString("items[0].kind"));

        assertEquals(List.of(gamma, epsilon), ids(get("bdt", "/api/v1/coverage/organizations" + query("participating=false&q=" + tok)),
                "items.id"));
        assertEquals(List.of(alpha, beta, delta), ids(get("bdt", "/api/v1/coverage/organizations" + query("participating=true&q=" + tok)),
                "items.id"));
        assertEquals(List.of(epsilon), ids(get("bdt", "/api/v1/coverage/organizations" + query("kind=enterprise&q=" + tok)), "items.id"));
        assertEquals(List.of(delta, beta, alpha), ids(get("bdt", "/api/v1/coverage/organizations"
                + query("sort=givenVnd&participating=true&q=" + tok)), "items.id"));
        // without asOf, today counts Beta's record of 15/10/2004 too
        JsonPath today = get("bdt", "/api/v1/coverage/organizations?periodId=" + period + "&q=ban beta " + tok);
        assertEquals(List.of(109_000_000), today.getList("items.givenVnd", Integer.class));
    }

    // ---------------------------------------------------------------- agreements

    @Test
    void agreementGaps() {
        JsonPath all = get("bdt", "/api/v1/coverage/agreements" + query("size=100"));
        assertEquals(2004, all.getInt("planYear"));
        // X: c1 (Alpha A1, Beta A2), c2 (A3), c5 (Beta A5, Delta A8); then Nam Giang: the district itself (A6), c7 (A7)
        assertEquals(List.of(a1, a2, a3, a5, a8, a6, a7), ids(all, "items.id"));
        assertEquals(List.of(a2, a3, a6), ids(get("bdt", "/api/v1/coverage/agreements" + query("gap=no_recent_support")), "items.id"));
        assertEquals(List.of(a3, a6), ids(get("bdt", "/api/v1/coverage/agreements"
                + query("gap=no_recent_support&inactiveMonths=12")), "items.id"));
        assertEquals(List.of(a1, a2, a3, a5, a8, a6), ids(get("bdt", "/api/v1/coverage/agreements" + query("gap=no_agreed_plan")),
                "items.id"));
        assertEquals(List.of(a1, a3, a8, a6), ids(get("bdt", "/api/v1/coverage/agreements" + query("gap=no_report")), "items.id"));
        assertEquals(List.of(a2, a5), ids(get("bdt", "/api/v1/coverage/agreements" + query("organizationId=" + beta)), "items.id"));
        assertEquals(List.of(a6, a7), ids(get("bdt", "/api/v1/coverage/agreements" + query("districtId=" + ng)), "items.id"));
        assertEquals(List.of(a1, a3), ids(get("bdt", "/api/v1/coverage/agreements" + query("q=alpha " + tok)), "items.id"));

        as("bdt").get("/api/v1/coverage/agreements" + query("size=100")).then()
                .body("items[0].organization.id", equalTo((int) alpha))
                .body("items[0].recipient.id", equalTo((int) c1))
                .body("items[0].recipientLevel", equalTo("commune"))
                .body("items[0].district.id", equalTo((int) x))
                .body("items[0].lastSupportDate", equalTo("2004-05-10"))
                .body("items[0].monthsSinceSupport", equalTo(4))
                .body("items[0].agreedPlan", equalTo(false))
                .body("items[0].latestReport.status", equalTo("draft"))
                .body("items[0].latestReport.submitted", equalTo(false))
                .body("items[0].latestReport.excused", equalTo(false))
                .body("items[0].latestReport.dueDate", equalTo("2004-06-16"))
                .body("items[0].lastVisitDate", equalTo("2004-07-01"))
                .body("items[0].daysSinceVisit", equalTo(91))
                .body("items[0].gaps", contains("no_agreed_plan", "no_report"))
                // A2: 20/11/2003 → 30/09/2004 is 10 months; Beta was excused
                .body("items[1].monthsSinceSupport", equalTo(10))
                .body("items[1].latestReport.excused", equalTo(true))
                .body("items[1].daysSinceVisit", equalTo(514))
                .body("items[1].gaps", contains("no_recent_support", "no_agreed_plan"))
                .body("items[2].lastSupportDate", nullValue())
                .body("items[2].monthsSinceSupport", nullValue())
                .body("items[2].gaps", contains("no_recent_support", "no_agreed_plan", "no_report"))
                .body("items[3].monthsSinceSupport", equalTo(1))
                .body("items[4].gaps", contains("no_agreed_plan", "no_report"))
                .body("items[5].recipientLevel", equalTo("district"))
                .body("items[6].agreedPlan", equalTo(true))
                .body("items[6].monthsSinceSupport", equalTo(5))
                .body("items[6].latestReport.status", equalTo("submitted"))
                .body("items[6].latestReport.submitted", equalTo(true))
                .body("items[6].gaps", empty());
    }

    // ---------------------------------------------------------------- spreadsheets

    @Test
    void listsAsSpreadsheets() throws IOException {
        List<List<String>> communes = sheet(as("bdt").accept(XLSX)
                .get("/api/v1/coverage/communes" + query("covered=false&especiallyDifficult=true")));
        assertEquals("Xã", communes.get(0).get(0));
        assertEquals(List.of("Cà Lăng", "Đắc Thử", "Gò Thử"), communes.subList(1, 4).stream().map(r -> r.get(0)).toList());
        assertEquals(4, communes.size());
        assertEquals("Có", communes.get(3).get(7));
        assertEquals("Chưa giám sát", communes.get(1).get(11));

        List<List<String>> everyCommune = sheet(as("bdt").accept(XLSX).get("/api/v1/coverage/communes" + query("size=1")));
        assertEquals(8, everyCommune.size(), "the spreadsheet holds every matching row, not one page");
        assertEquals("Ắk Thử", everyCommune.get(1).get(0));
        assertEquals("22000000", everyCommune.get(1).get(9));
        assertEquals("2", everyCommune.get(1).get(6));

        List<List<String>> organizations = sheet(as("bdt").accept(XLSX)
                .get("/api/v1/coverage/organizations" + query("participating=false&q=" + tok)));
        assertEquals(List.of("Ban Gamma " + tok, "Công ty Epsilon " + tok),
                organizations.subList(1, 3).stream().map(r -> r.get(0)).toList());
        assertEquals(3, organizations.size());

        List<List<String>> agreements = sheet(as("bdt").accept(XLSX).get("/api/v1/coverage/agreements" + query("gap=no_report")));
        assertEquals(5, agreements.size());
        assertEquals("Ban Alpha " + tok, agreements.get(1).get(1));
        assertEquals("4", agreements.get(1).get(5));
        assertEquals("Chương trình năm 2004 đã thống nhất", agreements.get(0).get(6));
    }

    /** The first sheet's cells as text (numeric cells as whole numbers), asserting they are numeric where numbers. */
    private static List<List<String>> sheet(io.restassured.response.Response response) throws IOException {
        response.then().statusCode(200).contentType(XLSX).header("Content-Disposition", startsWith("attachment"));
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- scope

    @ParameterizedTest
    @ValueSource(strings = {"namgiang", Tokens.NAM_GIANG_SYSTEM})
    void aDistrictSeesItsOwnDistrict(String user) {
        JsonPath h = get(user, "/api/v1/coverage" + query(""));
        assertEquals(List.of(2, 1, 1, 1), List.of(h.getInt("communes.especiallyDifficult"), h.getInt("communes.withPartner"),
                h.getInt("communes.withoutPartner"), h.getInt("communes.onlyDistrictTwinning")));
        assertEquals(List.of(2, 1, 1, 1), List.of(h.getInt("agreements.active"), h.getInt("agreements.noRecentSupport"),
                h.getInt("agreements.noAgreedPlan"), h.getInt("agreements.noReport")));
        assertNull(h.get("organizations"));
        assertEquals(List.of(ng), ids(h, "districts.id"));
        assertEquals(List.of(c6, c7), ids(get(user, "/api/v1/coverage/communes" + query("")), "items.id"));
        // asking for another district is no way round the scope
        assertEquals(List.of(), ids(get(user, "/api/v1/coverage/communes" + query("districtId=" + x)), "items.id"));
        assertEquals(List.of(a6, a7), ids(get(user, "/api/v1/coverage/agreements" + query("")), "items.id"));
        as(user).get("/api/v1/coverage/organizations" + query("")).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aUnitSeesTheCommunesAndAgreementsItHelps() {
        JsonPath h = get("sonnptnt", "/api/v1/coverage" + query(""));
        assertEquals(List.of(1, 1, 0, 0), List.of(h.getInt("communes.especiallyDifficult"), h.getInt("communes.withPartner"),
                h.getInt("communes.withoutPartner"), h.getInt("communes.onlyDistrictTwinning")));
        assertEquals(1, h.getInt("agreements.active"));
        assertNull(h.get("organizations"));
        as("sonnptnt").get("/api/v1/coverage/communes" + query("")).then().statusCode(200)
                .body("items.id", contains((int) c7)).body("items[0].partners.organizationId", contains((int) soNn));
        assertEquals(List.of(a7), ids(get("sonnptnt", "/api/v1/coverage/agreements" + query("")), "items.id"));
        as("sonnptnt").get("/api/v1/coverage/organizations" + query("")).then().statusCode(403).contentType(PROBLEM);

        JsonPath other = get("sotaichinh", "/api/v1/coverage" + query(""));
        assertEquals(0, other.getInt("communes.especiallyDifficult"));
        assertEquals(0, other.getInt("agreements.active"));
        assertEquals(0L, get("sotaichinh", "/api/v1/coverage/communes" + query("")).getLong("total"));
        assertEquals(0L, get("taygiang", "/api/v1/coverage/agreements" + query("")).getLong("total"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lanhdao", "admin"})
    void provinceRolesSeeWhatTheProgrammeOfficeSees(String user) {
        assertEquals(get("bdt", "/api/v1/coverage" + query("")).getMap(""), get(user, "/api/v1/coverage" + query("")).getMap(""));
        assertEquals(5L, get(user, "/api/v1/coverage/organizations" + query("q=" + tok)).getLong("total"));
    }

    // ---------------------------------------------------------------- bad input

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/coverage?inactiveMonths=0", "/api/v1/coverage?inactiveMonths=121", "/api/v1/coverage?inactiveMonths=six",
            "/api/v1/coverage?asOf=2004-13-01", "/api/v1/coverage?periodId=abc", "/api/v1/coverage?periodId=-1",
            "/api/v1/coverage?periodId=999999999", "/api/v1/coverage/communes?covered=maybe",
            "/api/v1/coverage/communes?especiallyDifficult=1", "/api/v1/coverage/communes?sort=bogus",
            "/api/v1/coverage/communes?size=0", "/api/v1/coverage/communes?size=101", "/api/v1/coverage/communes?page=-1",
            "/api/v1/coverage/agreements?gap=no_money", "/api/v1/coverage/agreements?organizationId=x",
            "/api/v1/coverage/organizations?kind=ministry", "/api/v1/coverage/organizations?participating=yes",
            "/api/v1/coverage/organizations?sort=-budget"})
    void badInputIsAProblem(String path) {
        as("bdt").get(path).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:ketnghia:problem:validation-failed")).body("errors", hasSize(1));
    }

    @Test
    void aLongSearchIsRefused() {
        as("bdt").get("/api/v1/coverage/communes?q=" + "a".repeat(101)).then().statusCode(400).contentType(PROBLEM);
    }
}
