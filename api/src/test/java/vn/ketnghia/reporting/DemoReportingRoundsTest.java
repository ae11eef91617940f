package vn.ketnghia.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.reporting.ReportingApi.PERIODS;
import static vn.ketnghia.reporting.ReportingApi.report;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Fixtures;

/**
 * The demo's reporting rounds as the demo users meet them. Reads only; other classes never touch the
 * 2019 and 2020 periods.
 */
@QuarkusTest
class DemoReportingRoundsTest {

    private static long period(String regime, int year) {
        return as("bdt").get(PERIODS + "?year=" + year + "&regime=" + regime).then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void theAnnualRoundOf2020IsOpenWithAMixAndTheDemoUsersReports() {
        for (String closed : List.of("semi_annual 2019", "annual 2019", "semi_annual 2020")) {
            String[] parts = closed.split(" ");
            as("lanhdao").get(PERIODS + "/" + period(parts[0], Integer.parseInt(parts[1]))).then()
                    .body("status", equalTo("closed")).body("submittedCount", greaterThan(0));
        }
        long period = period("annual", 2020);
        as("bdt").get(PERIODS + "/" + period).then().body("status", equalTo("open")).body("dueDate", equalTo("2020-12-16"));

        long snn = ReportingApi.reportOf(period, Fixtures.organizationId(Fixtures.SO_NN), false);
        as("sonnptnt").get(report(snn)).then().statusCode(200)
                .body("status", equalTo("draft")).body("results", nullValue()).body("timeliness", equalTo("overdue"))
                .body("actions", org.hamcrest.Matchers.hasItem("submit"));
        long namGiang = ReportingApi.reportOf(period, Fixtures.districtId(Fixtures.NAM_GIANG), true);
        as("namgiang").get(report(namGiang)).then().statusCode(200).body("status", equalTo("draft"));
        long stc = ReportingApi.reportOf(period, Fixtures.organizationId(Fixtures.SO_TC), false);
        as("sotaichinh").get(report(stc)).then().statusCode(200)
                .body("status", equalTo("returned")).body("returnReason", org.hamcrest.Matchers.containsString("Dữ liệu mẫu"))
                .body("versions.size()", equalTo(1)).body("figures.live", equalTo(true));
        long tayGiang = ReportingApi.reportOf(period, Fixtures.districtId(Fixtures.TAY_GIANG), true);
        as("bdt").get(report(tayGiang)).then().statusCode(200)
                .body("status", equalTo("submitted")).body("timeliness", equalTo("on_time"))
                .body("figures.live", equalTo(false)).body("figures.total.valueVnd", greaterThan(0L));

        JsonPath completeness = as("bdt").get(PERIODS + "/" + period + "/completeness").then().statusCode(200).extract().jsonPath();
        assertTrue(completeness.getInt("totals.accepted") >= 3, completeness.getString("totals"));
        assertTrue(completeness.getInt("totals.late") >= 2, completeness.getString("totals"));
        assertTrue(completeness.getInt("totals.overdue") >= 4, completeness.getString("totals"));
        assertEquals(1, completeness.getInt("totals.returned"));
        assertEquals(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString(), completeness.getString("asOf"));
        assertEquals("overdue", completeness.getString("reporters[0].timeliness"), "worst first");
    }
}
