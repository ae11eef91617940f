package vn.ketnghia.stats;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.testsupport.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.junit.jupiter.params.provider.CsvSource;
import vn.ketnghia.document.Downloads;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * The support statistics against SQL sums over support_record (every dimension, some pairs, with
 * filters and in each scope), and against a hand-built district whose figures are known exactly.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsFiguresTest {

    private static final String SUPPORT = "/api/v1/stats/support";

    private static final List<String> PAIRS = List.of("district,year", "year,area", "organization,area", "commune,fundingSource",
            "partnerKind,form", "category,status", "province,year", "area,partnerKind");

    @Inject
    AgroalDataSource dataSource;

    private boolean built;
    private long district;
    private long communeX;
    private long communeY;
    private long department;
    private long enterprise;

    /** A new district with two communes and two partners; the numbers below are hand-computed from these four records. */
    @BeforeEach
    void handBuilt() throws SQLException {
        if (built) {
            return;
        }
        built = true;
        district = Fixtures.newDistrict("Huyện Thống Kê");
        String code = as("bdt").get("/api/v1/admin-units/" + district).then().statusCode(200).extract().path("code");
        communeX = Fixtures.newCommune(code, "Xã Thống Kê Một");
        communeY = Fixtures.newCommune(code, "Xã Thống Kê Hai");
        department = Fixtures.newOrganization("Sở Thống Kê", "department");
        enterprise = Fixtures.newOrganization("Công ty Thống Kê", "enterprise");
        long ax = Fixtures.openEndedAgreement(department, communeX, "2021-01-01");
        long by = Fixtures.openEndedAgreement(enterprise, communeY, "2021-01-01");
        record(ax, "2021-03-01", "MA-HOLIDAY-GIFTS", 10_000_000, "cash", "own_budget", 10, null, null);
        record(ax, "2022-05-01", "MA-HOLIDAY-GIFTS", 5_000_000, "in_kind", "staff_contributions", null, 20, null);
        record(by, "2022-06-01", "PD-SEEDS-LIVESTOCK", 40_000_000, "in_kind", "mobilised_enterprise", 4, null, null);
        long confirmed = record(by, "2023-01-10", "SP-SCHOOLING", 7_000_000, "cash", "other", null, null, 30);
        StatsSql.execute(dataSource, "update support_record set status = 'confirmed', confirmed_at = now(), confirmed_by = 'test'"
                + " where id = " + confirmed);
    }

    private static long record(long agreement, String date, String category, long value, String form, String source,
                               Integer households, Integer people, Integer students) {
        Map<String, Object> body = new HashMap<>(Fixtures.supportRecordBody(agreement));
        body.put("supportDate", date);
        body.put("categoryId", Fixtures.categoryId(category));
        body.put("valueVnd", value);
        body.put("form", form);
        body.put("fundingSource", source);
        body.remove("beneficiaryHouseholds");
        if (source.equals("mobilised_enterprise")) {
            body.put("enterpriseName", "Công ty Thống Kê");
        }
        if (households != null) {
            body.put("beneficiaryHouseholds", households);
        }
        if (people != null) {
            body.put("beneficiaryPeople", people);
        }
        if (students != null) {
            body.put("beneficiaryStudents", students);
        }
        return Api.id(as("bdt").body(body).post("/api/v1/support-records").then().statusCode(201).extract());
    }

    private static JsonPath get(String user, String query) {
        return as(user).get(query.isEmpty() ? SUPPORT : SUPPORT + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    // ------------------------------------------------------------------ hand-built

    @Test
    void handBuiltDistrictByYear() {
        JsonPath body = get("bdt", "districtId=" + district + "&groupBy=year&sort=key");
        assertEquals(List.of(62_000_000L, 17_000_000L, 45_000_000L, 4L, 14L, 20L, 30L, 7_000_000L), StatsSql.total(body));
        assertEquals(List.of("2021", "2022", "2023"), body.getList("rows.collect { it.keys[0].code }"));
        assertEquals(List.of(10_000_000L, 45_000_000L, 7_000_000L), longs(body, "rows.valueVnd"));
        assertEquals(List.of(1L, 2L, 1L), longs(body, "rows.records"));
        assertFalse(body.getBoolean("truncated"));
    }

    @Test
    void handBuiltDistrictByPartnerKindAndForm() {
        JsonPath body = get("bdt", "districtId=" + district + "&groupBy=partnerKind,form");
        Map<String, List<Long>> rows = StatsSql.actual(body);
        assertEquals(Map.of(
                "enterprise|in_kind", List.of(40_000_000L, 0L, 40_000_000L, 1L, 4L, 0L, 0L, 0L),
                "enterprise|cash", List.of(7_000_000L, 7_000_000L, 0L, 1L, 0L, 0L, 30L, 7_000_000L),
                "department|cash", List.of(10_000_000L, 10_000_000L, 0L, 1L, 10L, 0L, 0L, 0L),
                "department|in_kind", List.of(5_000_000L, 0L, 5_000_000L, 1L, 0L, 20L, 0L, 0L)), rows);
        // sort=value: largest first
        assertEquals(List.of(40_000_000L, 10_000_000L, 7_000_000L, 5_000_000L), longs(body, "rows.valueVnd"));
        assertEquals("Doanh nghiệp", body.getString("rows[0].keys[0].label"));
        assertEquals("Hiện vật", body.getString("rows[0].keys[1].label"));
    }

    @Test
    void handBuiltFiltersAndTopN() {
        JsonPath top = get("bdt", "districtId=" + district + "&groupBy=commune&limit=1");
        assertTrue(top.getBoolean("truncated"));
        assertEquals(1, top.getList("rows").size());
        assertEquals(communeY, top.getLong("rows[0].keys[0].id"));
        assertEquals("Xã Thống Kê Hai", top.getString("rows[0].keys[0].label"));
        assertEquals(47_000_000L, top.getLong("rows[0].valueVnd"));
        assertEquals(62_000_000L, top.getLong("total.valueVnd"), "total covers the rows left out");

        assertEquals(5_000_000L, get("bdt", "districtId=" + district + "&fromYear=2022&toYear=2022&area=material").getLong("total.valueVnd"));
        assertEquals(15_000_000L, get("bdt", "communeId=" + communeX + "&organizationId=" + department).getLong("total.valueVnd"));
        assertEquals(7_000_000L, get("bdt", "districtId=" + district + "&status=confirmed").getLong("total.valueVnd"));
        assertEquals(55_000_000L, get("bdt", "districtId=" + district + "&status=recorded").getLong("total.valueVnd"));
        assertEquals(40_000_000L, get("bdt", "districtId=" + district + "&fundingSource=mobilised_enterprise").getLong("total.valueVnd"));
        assertEquals(0L, get("bdt", "districtId=" + district + "&toYear=2020").getLong("total.records"));
        assertEquals(List.of(), get("bdt", "districtId=" + district + "&toYear=2020&groupBy=year").getList("rows"));
        JsonPath whole = get("bdt", "districtId=" + district);
        assertEquals(List.of(), whole.getList("groupBy"));
        assertEquals(1, whole.getList("rows").size(), "ungrouped: one row with no keys");
        assertEquals(62_000_000L, whole.getLong("rows[0].valueVnd"));
    }

    @Test
    void handBuiltEntityKeysCarryIdCodeAndLabel() {
        JsonPath body = get("bdt", "districtId=" + district + "&groupBy=organization,district&sort=key");
        assertEquals(List.of(enterprise, department), longs(body, "rows.collect { it.keys[0].id }"), "Công ty… sorts before Sở…");
        assertEquals(List.of(district, district), longs(body, "rows.collect { it.keys[1].id }"));
        assertEquals("Huyện Thống Kê", body.getString("rows[0].keys[1].label"));
        JsonPath years = get("bdt", "districtId=" + district + "&groupBy=year");
        org.junit.jupiter.api.Assertions.assertNull(years.get("rows[0].keys[0].id"));
    }

    // ------------------------------------------------------------------ against SQL

    @Test
    void everyDimensionAndPairEqualsSqlSums() throws SQLException {
        List<String> groupings = new ArrayList<>(List.of(""));
        for (String dimension : StatsSql.KEY.keySet()) {
            groupings.add(dimension);
        }
        groupings.addAll(PAIRS);
        for (String grouping : groupings) {
            compare("bdt", grouping, "", "");
        }
    }

    @ParameterizedTest(name = "filter {0}")
    @CsvSource(delimiter = ';', value = {
            "fromYear=2017&toYear=2019; extract(year from s.support_date) between 2017 and 2019",
            "area=material; c.area = 'material'",
            "partnerKind=department; o.kind = 'department'",
            "status=confirmed&form=cash; s.status = 'confirmed' and s.form = 'cash'",
            "fundingSource=own_budget&fromYear=2018; s.funding_source = 'own_budget' and s.support_date >= date '2018-01-01'",
            "toYear=2016&area=production&partnerKind=enterprise; s.support_date < date '2017-01-01' and c.area = 'production' and o.kind = 'enterprise'"})
    void filtersEqualSqlSums(String query, String condition) throws SQLException {
        for (String grouping : List.of("", "year", "district", "organization", "area", "fundingSource", "district,area", "commune,year")) {
            compare("bdt", grouping, query, condition);
        }
    }

    @Test
    void entityFiltersEqualSqlSums() throws SQLException {
        long namGiang = Fixtures.districtId(Fixtures.NAM_GIANG);
        long soNn = Fixtures.organizationId(Fixtures.SO_NN);
        long period = Fixtures.periodId(Fixtures.PERIOD);
        long category = Fixtures.categoryId("MA-HOLIDAY-GIFTS");
        long province = StatsSql.single(dataSource, "select parent_id from admin_unit where id = " + namGiang);
        compare("bdt", "commune", "districtId=" + namGiang, "a.district_id = " + namGiang);
        compare("bdt", "year", "organizationId=" + soNn, "a.organization_id = " + soNn);
        compare("bdt", "district", "periodId=" + period, "a.period_id = " + period);
        compare("bdt", "year,district", "categoryId=" + category, "s.category_id = " + category);
        compare("bdt", "district", "provinceId=" + province, "d.parent_id = " + province);
        compare("bdt", "year", "communeId=" + communeX, "a.recipient_id = " + communeX);
    }

    /** Every figure is limited to the caller's scope: the district's agreements, the unit's own. */
    @Test
    void scopedCallersSeeOnlyTheirAgreements() throws SQLException {
        long namGiang = Fixtures.districtId(Fixtures.NAM_GIANG);
        long tayGiang = Fixtures.districtId(Fixtures.TAY_GIANG);
        long soNn = Fixtures.organizationId(Fixtures.SO_NN);
        long soTc = Fixtures.organizationId(Fixtures.SO_TC);
        Map<String, String> scopes = Map.of(
                "namgiang", "a.district_id = " + namGiang,
                "taygiang", "a.district_id = " + tayGiang,
                "sonnptnt", "a.organization_id = " + soNn,
                "sotaichinh", "a.organization_id = " + soTc);
        for (Map.Entry<String, String> scope : scopes.entrySet()) {
            for (String grouping : List.of("", "year", "district", "commune", "organization", "partnerKind", "area",
                    "category", "fundingSource", "form", "status", "province", "district,year")) {
                compare(scope.getKey(), grouping, "", scope.getValue());
            }
            compare(scope.getKey(), "year", "area=production", scope.getValue() + " and c.area = 'production'");
        }
        assertTrue(get("namgiang", "").getLong("total.records") > 0, "the demo district has records to see");
        // asking for another district's figures gives nothing, not the other district's figures
        assertEquals(0L, get("namgiang", "districtId=" + tayGiang).getLong("total.records"));
        assertEquals(0L, get("namgiang", "districtId=" + district).getLong("total.records"));
        assertEquals(0L, get("sonnptnt", "organizationId=" + soTc).getLong("total.records"));
        // the integration client acts for Nam Giang
        String integration = vn.ketnghia.testsupport.Tokens.NAM_GIANG_SYSTEM;
        assertEquals(get("namgiang", "groupBy=year").getList("rows"), get(integration, "groupBy=year").getList("rows"));
    }

    private void compare(String user, String grouping, String query, String condition) throws SQLException {
        String path = "groupBy=" + grouping + (query.isEmpty() ? "" : "&" + query);
        JsonPath body = get(user, path);
        List<String> groupBy = grouping.isEmpty() ? List.of() : List.of(grouping.split(","));
        Map<String, List<Long>> expected = StatsSql.expected(dataSource, groupBy, condition);
        assertFalse(body.getBoolean("truncated"), path);
        assertEquals(expected, StatsSql.actual(body), user + " " + path);
        assertEquals(StatsSql.sum(expected), StatsSql.total(body), "total of " + user + " " + path);
    }

    // ------------------------------------------------------------------ XLSX

    @Test
    void workbookHasTheSameTableWithNumericCellsAndTotal() throws IOException {
        String query = "groupBy=district,year&sort=key";
        JsonPath json = get("bdt", query);
        byte[] bytes = as("bdt").accept(Downloads.XLSX).get(SUPPORT + "?" + query).then().statusCode(200)
                .contentType(Downloads.XLSX).header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals("Huyện", header.getCell(0).getStringCellValue());
            assertEquals("Năm", header.getCell(1).getStringCellValue());
            assertEquals("Giá trị hỗ trợ (đồng)", header.getCell(2).getStringCellValue());
            List<Map<String, Object>> rows = json.getList("rows");
            assertEquals(rows.size() + 2, sheet.getPhysicalNumberOfRows(), "header, one line per row, total");
            double sum = 0;
            for (int r = 1; r <= rows.size(); r++) {
                Row row = sheet.getRow(r);
                Cell value = row.getCell(2);
                assertEquals(CellType.NUMERIC, value.getCellType());
                assertEquals(json.getLong("rows[" + (r - 1) + "].valueVnd"), (long) value.getNumericCellValue());
                assertEquals(json.getString("rows[" + (r - 1) + "].keys[0].label"), row.getCell(0).getStringCellValue());
                sum += value.getNumericCellValue();
            }
            Row total = sheet.getRow(rows.size() + 1);
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, total.getCell(2).getCellType());
            assertEquals(json.getLong("total.valueVnd"), (long) total.getCell(2).getNumericCellValue());
            assertEquals(json.getLong("total.records"), (long) total.getCell(6).getNumericCellValue());
            assertEquals(json.getLong("total.valueVnd"), (long) sum);
        }
    }

    @Test
    void jsonStaysTheDefault() {
        as("bdt").accept("*/*").get(SUPPORT).then().statusCode(200).contentType("application/json")
                .body("groupBy.size()", equalTo(0));
    }

    private static List<Long> longs(JsonPath body, String path) {
        return body.<Number>getList(path).stream().map(Number::longValue).toList();
    }
}
