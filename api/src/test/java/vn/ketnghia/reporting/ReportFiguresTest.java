package vn.ketnghia.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.reporting.ReportingApi.report;
import static vn.ketnghia.testsupport.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * A report's figures are the sums of the reporter's support records in the window, frozen at each
 * submission, and the version diff names the figures that moved. Year used by this class: 2022
 * (semi-annual; window 15/12/2021 – 14/06/2022, in the past so support can be recorded in it).
 */
@QuarkusTest
class ReportFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2021, 12, 15);
    private static final LocalDate TO = LocalDate.of(2022, 6, 14);

    @Inject
    AgroalDataSource dataSource;

    private static long record(long agreement, String date, String category, long value, Long planItemId) {
        Map<String, Object> body = new HashMap<>(Fixtures.supportRecordBody(agreement));
        body.put("supportDate", date);
        body.put("categoryId", Fixtures.categoryId(category));
        body.put("valueVnd", value);
        if (planItemId != null) {
            body.put("planItemId", planItemId);
        }
        return Api.id(as("bdt").body(body).post("/api/v1/support-records").then().statusCode(201).extract());
    }

    /** valueVnd, records and households summed straight from the table, for one organisation or one district. */
    private long[] sums(String column, long id, String extraCondition) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select coalesce(sum(s.value_vnd), 0), count(*),"
                     + " coalesce(sum(s.beneficiary_households), 0) from support_record s join agreement a on a.id = s.agreement_id"
                     + " join support_category c on c.id = s.category_id"
                     + " where a." + column + " = ? and s.support_date between ? and ?" + extraCondition)) {
            statement.setLong(1, id);
            statement.setDate(2, Date.valueOf(FROM));
            statement.setDate(3, Date.valueOf(TO));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)};
            }
        }
    }

    @Test
    void figuresAreTheSqlSumsOfTheReportersRecordsInTheWindowAndFreezeOnSubmission() throws SQLException {
        long stc = Fixtures.organizationId(Fixtures.SO_TC);
        long tayGiang = Fixtures.districtId(Fixtures.TAY_GIANG);
        long commune = Fixtures.newCommune(Fixtures.TAY_GIANG, "Xã Thử Số Liệu");
        long agreement = Fixtures.openEndedAgreement(stc, commune, "2021-06-01");
        String plans = "/api/v1/agreements/" + agreement + "/plans";
        long plan = Api.id(as("bdt").body(Map.of("kind", "annual", "year", 2022, "title", "Chương trình năm 2022"))
                .post(plans).then().statusCode(201).extract());
        long item = Api.id(as("bdt").body(Map.of("categoryId", Fixtures.categoryId("PD-SEEDS-LIVESTOCK"), "description", "Bò giống",
                        "targetQuantity", 10, "unitOfMeasure", "con", "plannedVnd", 150_000_000L))
                .post(plans + "/" + plan + "/items").then().statusCode(201).extract());
        record(agreement, "2021-12-14", "MA-HOLIDAY-GIFTS", 11_000_000L, null);
        record(agreement, "2021-12-15", "MA-HOLIDAY-GIFTS", 25_000_000L, null);
        record(agreement, "2022-03-10", "PD-SEEDS-LIVESTOCK", 70_000_000L, item);
        record(agreement, "2022-06-14", "MA-HOLIDAY-GIFTS", 5_000_000L, null);
        record(agreement, "2022-06-15", "MA-HOLIDAY-GIFTS", 13_000_000L, null);

        long period = ReportingApi.openPeriod("semi_annual", 2022);
        long id = ReportingApi.reportOf(period, stc, false);
        String path = report(id);
        JsonPath live = as("sotaichinh").get(path).then().statusCode(200).body("figures.live", equalTo(true))
                .body("figures.from", equalTo("2021-12-15")).body("figures.to", equalTo("2022-06-14")).extract().jsonPath();
        long[] total = sums("organization_id", stc, "");
        assertEquals(total[0], live.getLong("figures.total.valueVnd"));
        assertEquals(total[1], live.getLong("figures.total.records"));
        assertEquals(total[2], live.getLong("figures.total.households"));
        for (Map<String, Object> area : live.<Map<String, Object>>getList("figures.byArea")) {
            long[] areaSums = sums("organization_id", stc, " and c.area = '" + area.get("key") + "'");
            assertEquals(areaSums[0], ((Number) area.get("valueVnd")).longValue(), "area " + area.get("key"));
        }
        Map<String, Object> communeLine = live.getMap("figures.byCommune.find { it.key == '" + commune + "' }");
        assertEquals(100_000_000L, ((Number) communeLine.get("valueVnd")).longValue(), "the three records inside the window, not the two outside");
        @SuppressWarnings("unchecked")
        Map<String, String> filter = (Map<String, String>) communeLine.get("filter");
        as("bdt").queryParams(filter).get("/api/v1/support-records").then().statusCode(200).body("total", equalTo(3));
        Map<String, Object> planLine = live.getMap("figures.planVsActual.find { it.planId == " + plan + " }");
        assertEquals(150_000_000L, ((Number) planLine.get("plannedVnd")).longValue());
        assertEquals(70_000_000L, ((Number) planLine.get("actualVnd")).longValue());
        assertEquals((int) agreement, planLine.get("agreementId"));

        long districtReport = ReportingApi.reportOf(period, tayGiang, true);
        assertEquals(sums("district_id", tayGiang, "")[0],
                as("taygiang").get(report(districtReport)).then().statusCode(200).extract().jsonPath().getLong("figures.total.valueVnd"));

        as("sotaichinh").header("If-Match", Api.etagOf("sotaichinh", path))
                .body(Map.of("results", "Tặng quà Tết và hỗ trợ bò giống cho xã.")).put(path).then().statusCode(200);
        as("sotaichinh").header("If-Match", Api.etagOf("sotaichinh", path)).post(path + "/submit").then().statusCode(200)
                .body("figures.live", equalTo(false)).body("figures.total.valueVnd", equalTo((int) total[0]));
        record(agreement, "2022-04-02", "MA-HOLIDAY-GIFTS", 9_000_000L, null);
        as("bdt").get(path).then().body("figures.total.valueVnd", equalTo((int) total[0]));
        as("bdt").get("/api/v1/reports/" + id + "/versions/1").then()
                .body("content.figures.total.valueVnd", equalTo((int) total[0]));

        as("bdt").header("If-Match", Api.etagOf("bdt", path)).body(Map.of("reason", "Thiếu khoản hỗ trợ tháng 4"))
                .post(path + "/return").then().statusCode(200)
                .body("figures.live", equalTo(true)).body("figures.total.valueVnd", equalTo((int) total[0] + 9_000_000));
        as("sotaichinh").header("If-Match", Api.etagOf("sotaichinh", path)).post(path + "/submit").then().statusCode(200);
        List<Map<String, Object>> changes = as("bdt").get(path + "/changes").then().statusCode(200).extract().jsonPath().getList("changes");
        Map<String, Object> totalChange = changes.stream().filter(c -> c.get("path").equals("figures.total.valueVnd")).findFirst().orElseThrow();
        assertEquals(total[0], ((Number) totalChange.get("before")).longValue());
        assertEquals(total[0] + 9_000_000, ((Number) totalChange.get("after")).longValue());
        List<String> paths = changes.stream().map(c -> (String) c.get("path")).toList();
        assertTrue(paths.contains("figures.byArea.material.valueVnd"), "the area that moved: " + paths);
        assertTrue(paths.contains("figures.byCommune." + commune + ".records"), paths.toString());
        assertTrue(paths.stream().noneMatch(p -> p.startsWith("figures.byArea.production")), "an area that did not move: " + paths);
        assertTrue(paths.stream().noneMatch(p -> p.startsWith("results")), paths.toString());
        as("bdt").get("/api/v1/reports?periodId=" + period + "&organizationId=" + stc).then().body("items.id", hasItem((int) id));
    }
}
