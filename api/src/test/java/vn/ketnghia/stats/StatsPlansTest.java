package vn.ketnghia.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.testsupport.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Plan against actual: hand-computed on one new agreement (an agreed 2022 programme, a draft 2023
 * one, and support in and outside those years), and cross-checked against SQL on everything in the
 * database, for the province and a unit.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsPlansTest {

    @Inject
    AgroalDataSource dataSource;

    private boolean built;
    private long commune;

    @BeforeEach
    void build() {
        if (built) {
            return;
        }
        built = true;
        commune = Fixtures.newCommune(Fixtures.NAM_GIANG, "Xã Kế Hoạch");
        long agreement = Fixtures.openEndedAgreement(Fixtures.newOrganization("Ban Kế Hoạch", "agency"), commune, "2021-01-01");
        long agreed = plan(agreement, 2022, Map.of("MA-HOUSING", 100_000_000L, "PD-SEEDS-LIVESTOCK", 50_000_000L));
        String plans = "/api/v1/agreements/" + agreement + "/plans/";
        as("namgiang").header("If-Match", Api.etagOf("namgiang", plans + agreed)).post(plans + agreed + "/agree")
                .then().statusCode(200);
        plan(agreement, 2023, Map.of("SP-SCHOOLING", 30_000_000L));
        record(agreement, "2022-04-02", "MA-HOUSING", 40_000_000L);
        record(agreement, "2022-09-09", "PD-SEEDS-LIVESTOCK", 20_000_000L);
        record(agreement, "2021-05-05", "MA-HOUSING", 9_000_000L);
        record(agreement, "2023-02-02", "SP-SCHOOLING", 11_000_000L);
    }

    private static long plan(long agreement, int year, Map<String, Long> items) {
        String plans = "/api/v1/agreements/" + agreement + "/plans";
        long id = Api.id(as("bdt").body(Map.of("kind", "annual", "year", year, "title", "Chương trình năm " + year))
                .post(plans).then().statusCode(201).extract());
        items.forEach((category, planned) -> as("bdt").body(Map.of("categoryId", Fixtures.categoryId(category),
                        "description", "Hạng mục " + category, "plannedVnd", planned))
                .post(plans + "/" + id + "/items").then().statusCode(201));
        return id;
    }

    private static void record(long agreement, String date, String category, long value) {
        Map<String, Object> body = new HashMap<>(Fixtures.supportRecordBody(agreement));
        body.put("supportDate", date);
        body.put("categoryId", Fixtures.categoryId(category));
        body.put("valueVnd", value);
        as("bdt").body(body).post("/api/v1/support-records").then().statusCode(201);
    }

    private static JsonPath get(String user, String query) {
        return as(user).get("/api/v1/stats/plans?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> figures(JsonPath body, String prefix) {
        return List.of(body.getLong(prefix + "plannedVnd"), body.getLong(prefix + "actualVnd"), body.getLong(prefix + "plans"),
                body.getLong(prefix + "agreedPlans"));
    }

    @Test
    void handComputedTotalsAndYears() {
        JsonPath body = get("bdt", "communeId=" + commune + "&groupBy=year&sort=key");
        assertEquals(List.of(150_000_000L, 60_000_000L, 2L, 1L), figures(body, "total."));
        assertEquals(List.of("2022", "2023"), body.getList("rows.collect { it.keys[0].code }"));
        assertEquals(List.of(150_000_000L, 60_000_000L, 1L, 1L), figures(body, "rows[0]."));
        assertEquals(List.of(0L, 0L, 1L, 0L), figures(body, "rows[1]."), "a draft programme plans nothing yet");
        assertEquals(List.of(150_000_000L, 60_000_000L, 1L, 1L), figures(get("bdt", "communeId=" + commune + "&year=2022"), "total."));
        assertEquals(List.of(0L, 0L, 1L, 0L), figures(get("bdt", "communeId=" + commune + "&fromYear=2023"), "total."));
        assertEquals(List.of(150_000_000L, 0L, 1L, 1L),
                figures(get("bdt", "communeId=" + commune + "&year=2022&status=confirmed"), "total."), "status filters the actual side");
    }

    @Test
    void handComputedByArea() {
        JsonPath body = get("bdt", "communeId=" + commune + "&groupBy=area&sort=key");
        assertEquals(List.of("spiritual", "material", "production"), body.getList("rows.collect { it.keys[0].code }"));
        assertEquals(List.of(0L, 0L, 1L, 0L), figures(body, "rows[0]."));
        assertEquals(List.of(100_000_000L, 40_000_000L, 1L, 1L), figures(body, "rows[1]."));
        assertEquals(List.of(50_000_000L, 20_000_000L, 1L, 1L), figures(body, "rows[2]."));
        assertEquals(List.of(50_000_000L, 20_000_000L, 1L, 1L),
                figures(get("bdt", "communeId=" + commune + "&area=production"), "total."));
    }

    @Test
    void scopeAppliesToPlans() {
        assertEquals(2L, get("namgiang", "communeId=" + commune).getLong("total.plans"));
        assertEquals(List.of(0L, 0L, 0L, 0L), figures(get("taygiang", "communeId=" + commune), "total."));
        assertEquals(List.of(0L, 0L, 0L, 0L), figures(get("sonnptnt", "communeId=" + commune), "total."));
    }

    @Test
    void everythingEqualsSqlByDistrictAndYear() throws SQLException {
        long soNn = Fixtures.organizationId(Fixtures.SO_NN);
        compare("bdt", "", "");
        compare("sonnptnt", "a.organization_id = " + soNn, "");
        compare("bdt", "", "fromYear=2017&toYear=2019");
    }

    private void compare(String user, String condition, String query) throws SQLException {
        String extra = condition.isEmpty() ? "" : " and " + condition;
        String years = query.isEmpty() ? "" : " and p.year between 2017 and 2019";
        Map<String, List<Long>> expected = new TreeMap<>();
        sql(expected, 0, "select a.district_id || '|' || p.year, sum(i.planned_vnd) from plan p join plan_item i on i.plan_id = p.id"
                + " join agreement a on a.id = p.agreement_id where p.kind = 'annual' and p.status = 'agreed'" + extra + years + " group by 1");
        sql(expected, 1, "select a.district_id || '|' || p.year, sum(s.value_vnd) from plan p join support_record s"
                + " on s.agreement_id = p.agreement_id and extract(year from s.support_date) = p.year"
                + " join agreement a on a.id = p.agreement_id where p.kind = 'annual' and p.status = 'agreed'" + extra + years + " group by 1");
        sql(expected, 2, "select a.district_id || '|' || p.year, count(*) from plan p join agreement a on a.id = p.agreement_id"
                + " where p.kind = 'annual'" + extra + years + " group by 1");
        sql(expected, 3, "select a.district_id || '|' || p.year, count(*) from plan p join agreement a on a.id = p.agreement_id"
                + " where p.kind = 'annual' and p.status = 'agreed'" + extra + years + " group by 1");
        JsonPath body = get(user, "groupBy=district,year" + (query.isEmpty() ? "" : "&" + query));
        Map<String, List<Long>> actual = new TreeMap<>();
        List<Map<String, Object>> rows = body.getList("rows");
        for (int i = 0; i < rows.size(); i++) {
            actual.put(body.getLong("rows[" + i + "].keys[0].id") + "|" + body.getString("rows[" + i + "].keys[1].code"),
                    figures(body, "rows[" + i + "]."));
        }
        assertEquals(expected, actual, user + " " + query);
        long[] total = new long[4];
        expected.values().forEach(v -> {
            for (int i = 0; i < 4; i++) {
                total[i] += v.get(i);
            }
        });
        assertEquals(List.of(total[0], total[1], total[2], total[3]), figures(body, "total."));
    }

    private void sql(Map<String, List<Long>> into, int slot, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                List<Long> figures = into.computeIfAbsent(rows.getString(1), k -> new java.util.ArrayList<>(List.of(0L, 0L, 0L, 0L)));
                figures.set(slot, rows.getLong(2));
            }
        }
    }
}
