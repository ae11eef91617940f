package vn.ketnghia.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.reporting.ReportingApi.PERIODS;
import static vn.ketnghia.reporting.ReportingApi.report;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Periods: default windows across the year boundary, date rules by status, opening with a frozen
 * roster, roster changes, and the opening job. Years used by this class: 2031 (semi-annual and
 * annual), 2032 (annual), 2033 (semi-annual), 2036 (semi-annual).
 */
@QuarkusTest
class ReportingPeriodTest {

    @Inject
    ReportingPeriodService periods;

    @Test
    void defaultWindowsStartOnTheFifteenthOfDecemberOfThePreviousYear() {
        as("bdt").body(Map.of("regime", "semi_annual", "year", 2031)).post(PERIODS).then().statusCode(201)
                .body("status", equalTo("planned"))
                .body("name", equalTo("Báo cáo 6 tháng đầu năm 2031"))
                .body("windowStart", equalTo("2030-12-15")).body("windowEnd", equalTo("2031-06-14"))
                .body("opensOn", equalTo("2031-06-01")).body("dueDate", equalTo("2031-06-16"))
                .body("reportCount", equalTo(0)).body("openedAt", nullValue());
        long annual = Api.id(as("bdt").body(Map.of("regime", "annual", "year", 2031, "name", "Báo cáo năm 2031 (thử)"))
                .post(PERIODS).then().statusCode(201)
                .body("windowStart", equalTo("2030-12-15")).body("windowEnd", equalTo("2031-12-14"))
                .body("opensOn", equalTo("2031-12-01")).body("dueDate", equalTo("2031-12-16"))
                .body("regimeName", equalTo("Báo cáo năm")).extract());

        as("bdt").body(Map.of("regime", "annual", "year", 2031)).post(PERIODS).then().statusCode(409);
        as("bdt").get(PERIODS + "?year=2031&regime=annual").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) annual));
        as("sonnptnt").get(PERIODS + "/" + annual).then().statusCode(200).header("ETag", equalTo("\"0\""));
        as("sonnptnt").body(Map.of("regime", "annual", "year", 2040)).post(PERIODS).then().statusCode(403);
        as("bdt").get(PERIODS + "?status=bogus").then().statusCode(400).body("errors.parameter", hasItem("status"));
    }

    @Test
    void aMonthDayPastTheMonthsEndIsClampedToItsLastDay() {
        ReportingRegime regime = new ReportingRegime();
        regime.windowStartMonth = 12;
        regime.windowStartDay = 31;
        regime.windowEndMonth = 6;
        regime.windowEndDay = 31;
        regime.opensMonth = 2;
        regime.opensDay = 30;
        regime.dueMonth = 6;
        regime.dueDay = 31;
        assertEquals(LocalDate.of(2030, 12, 31), regime.windowStart(2031));
        assertEquals(LocalDate.of(2031, 6, 30), regime.windowEnd(2031));
        assertEquals(LocalDate.of(2032, 2, 29), regime.opensOn(2032), "a leap year's February");
        assertEquals(LocalDate.of(2031, 2, 28), regime.opensOn(2031));

        String path = "/api/v1/reporting-regimes/semi_annual";
        Map<String, Object> original = as("bdt").get("/api/v1/reporting-regimes").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.code == 'semi_annual' }");
        Map<String, Object> changed = calendar(original);
        changed.put("windowEndDay", 31);
        as("bdt").body(changed).put(path).then().statusCode(428);
        as("bdt").header("If-Match", "\"999\"").body(changed).put(path).then().statusCode(412);
        as("sonnptnt").header("If-Match", "\"" + original.get("version") + "\"").body(changed).put(path).then().statusCode(403);
        Map<String, Object> bad = new HashMap<>(changed);
        bad.put("windowEndMonth", 13);
        as("bdt").header("If-Match", "\"" + original.get("version") + "\"").body(bad).put(path).then().statusCode(400)
                .body("errors.pointer", hasItem("/windowEndMonth"));
        String etag = as("bdt").header("If-Match", "\"" + original.get("version") + "\"").body(changed).put(path).then().statusCode(200)
                .body("windowEndDay", equalTo(31)).extract().header("ETag");
        try {
            as("bdt").body(Map.of("regime", "semi_annual", "year", 2036)).post(PERIODS).then().statusCode(201)
                    .body("windowStart", equalTo("2035-12-15")).body("windowEnd", equalTo("2036-06-30"));
        } finally {
            as("admin").header("If-Match", etag).body(calendar(original)).put(path).then().statusCode(200)
                    .body("windowEndDay", equalTo(14));
        }
    }

    private static Map<String, Object> calendar(Map<String, Object> regime) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("windowStartMonth", "windowStartDay", "windowEndMonth", "windowEndDay",
                "opensMonth", "opensDay", "dueMonth", "dueDay")) {
            body.put(field, regime.get(field));
        }
        return body;
    }

    @Test
    void datesChangeWhilePlannedOnlyTheDueDateWhileOpenNothingWhenClosed() {
        long id = ReportingApi.plannedPeriod("semi_annual", 2033);
        String path = PERIODS + "/" + id;
        Map<String, Object> body = new HashMap<>(Map.of("name", "Báo cáo 6 tháng 2033", "windowStart", "2033-01-01",
                "windowEnd", "2033-06-30", "opensOn", "2001-01-02", "dueDate", "2033-07-05"));
        as("bdt").body(body).put(path).then().statusCode(428);
        as("bdt").header("If-Match", "\"7\"").body(body).put(path).then().statusCode(412);
        Map<String, Object> reversed = new HashMap<>(body);
        reversed.put("windowEnd", "2032-12-31");
        as("bdt").header("If-Match", Api.etagOf("bdt", path)).body(reversed).put(path).then().statusCode(400)
                .body("errors.pointer", hasItem("/windowEnd"));
        as("bdt").header("If-Match", Api.etagOf("bdt", path)).body(body).put(path).then().statusCode(200)
                .body("windowStart", equalTo("2033-01-01")).body("opensOn", equalTo("2001-01-02"));

        // An opening day long past, so the job run here opens no other class's planned period.
        assertFalse(periods.openDue(LocalDate.of(2001, 1, 1)).contains(id), "not before its opening day");
        assertTrue(periods.openDue(LocalDate.of(2001, 1, 2)).contains(id), "the job opens it on its opening day");
        as("bdt").get(path).then().body("status", equalTo("open")).body("openedBy", equalTo("system"));

        body.put("windowStart", "2033-01-02");
        as("bdt").header("If-Match", Api.etagOf("bdt", path)).body(body).put(path).then().statusCode(409);
        body.put("windowStart", "2033-01-01");
        body.put("dueDate", "2033-07-10");
        as("bdt").header("If-Match", Api.etagOf("bdt", path)).body(body).put(path).then().statusCode(200)
                .body("dueDate", equalTo("2033-07-10"));
        as("bdt").header("If-Match", Api.etagOf("bdt", path)).post(path + "/open").then().statusCode(409);

        as("bdt").post(path + "/close").then().statusCode(428);
        as("lanhdao").header("If-Match", Api.etagOf("bdt", path)).post(path + "/close").then().statusCode(403);
        as("bdt").header("If-Match", Api.etagOf("bdt", path)).post(path + "/close").then().statusCode(200)
                .body("status", equalTo("closed")).body("closedBy", equalTo("bdt"));
        as("bdt").header("If-Match", Api.etagOf("bdt", path)).body(body).put(path).then().statusCode(409);
        as("bdt").header("If-Match", Api.etagOf("bdt", path)).post(path + "/close").then().statusCode(409);
    }

    @Test
    void theRosterIsFrozenWhenThePeriodOpens() {
        long district = Fixtures.newDistrict("Huyện Thử Danh Sách");
        long signed = Fixtures.newOrganization("Công ty Thử Đã Ký", "enterprise");
        long proposedOnly = Fixtures.newOrganization("Hội Thử Đề Xuất", "mass_organization");
        long late = Fixtures.newOrganization("Ngân hàng Thử Ký Sau", "enterprise");
        Fixtures.openEndedAgreement(signed, district, "2021-06-01");
        Fixtures.openEndedProposedAgreement(proposedOnly, district, "2021-06-01");
        long period = ReportingApi.plannedPeriod("annual", 2032);
        long lateProposed = Fixtures.openEndedProposedAgreement(late, district, "2021-06-01");

        String path = PERIODS + "/" + period;
        as("bdt").header("If-Match", Api.etagOf("bdt", path)).post(path + "/open").then().statusCode(200)
                .body("status", equalTo("open")).body("openedBy", equalTo("bdt"));

        List<Long> organizations = ReportingApi.rosterReporterIds(period, "organization");
        assertTrue(organizations.contains(signed), "a signed agreement overlapping the window puts its partner on the roster");
        assertFalse(organizations.contains(proposedOnly), "proposed agreements never do");
        assertTrue(ReportingApi.rosterReporterIds(period, "district").contains(district), "so does its receiving district");
        long signedReport = ReportingApi.reportOf(period, signed, false);
        as("bdt").get(report(signedReport)).then().statusCode(200)
                .body("status", equalTo("draft")).body("rosterSource", equalTo("frozen"))
                .body("steps.action", equalTo(List.of("created"))).body("steps[0].actor", equalTo("bdt"));

        String lateAgreement = "/api/v1/agreements/" + lateProposed;
        as("bdt").header("If-Match", Api.etagOf("bdt", lateAgreement)).post(lateAgreement + "/activate").then().statusCode(200);
        assertFalse(ReportingApi.rosterReporterIds(period, "organization").contains(late), "activating after opening changes nothing");
        long newcomer = Fixtures.newOrganization("Quỹ Thử Ký Mới", "other");
        Fixtures.openEndedAgreement(newcomer, district, "2021-06-01");
        assertFalse(ReportingApi.rosterReporterIds(period, "organization").contains(newcomer), "nor does a new agreement");

        String reporters = path + "/reporters";
        as("bdt").body(Map.of("organizationId", late)).post(reporters).then().statusCode(400).body("errors.pointer", hasItem("/reason"));
        as("bdt").body(Map.of("organizationId", late, "districtId", district, "reason", "x")).post(reporters).then().statusCode(400);
        as("bdt").body(Map.of("reason", "Không ghi ai")).post(reporters).then().statusCode(400);
        as("sonnptnt").body(Map.of("organizationId", late, "reason", "Tự thêm")).post(reporters).then().statusCode(403);
        assertFalse(ReportingApi.rosterReporterIds(period, "organization").contains(late), "refused additions change nothing");
        long added = Api.id(as("bdt").body(Map.of("organizationId", late, "reason", "Thỏa thuận ký bổ sung sau khi mở kỳ"))
                .post(reporters).then().statusCode(201)
                .body("rosterSource", equalTo("added")).body("addedReason", equalTo("Thỏa thuận ký bổ sung sau khi mở kỳ"))
                .body("steps.action", equalTo(List.of("added"))).extract());
        as("bdt").body(Map.of("organizationId", late, "reason", "Lần nữa")).post(reporters).then().statusCode(409);
        as("bdt").body(Map.of("districtId", district, "reason", "Đã có")).post(reporters).then().statusCode(409);

        String addedPath = report(added);
        as("bdt").header("If-Match", Api.etagOf("bdt", addedPath)).body(Map.of("reason", " ")).post(addedPath + "/excuse")
                .then().statusCode(400);
        as("bdt").header("If-Match", Api.etagOf("bdt", addedPath)).body(Map.of()).post(addedPath + "/excuse").then().statusCode(400);
        as("bdt").get(addedPath).then().body("excused", equalTo(false));
        as("bdt").header("If-Match", Api.etagOf("bdt", addedPath)).body(Map.of("reason", "Đơn vị đang sáp nhập"))
                .post(addedPath + "/excuse").then().statusCode(200)
                .body("excused", equalTo(true)).body("excuseReason", equalTo("Đơn vị đang sáp nhập"))
                .body("timeliness", equalTo("excused")).body("actions", hasItem("reinstate"));
        as("bdt").header("If-Match", Api.etagOf("bdt", addedPath)).body(Map.of("reason", "Lần nữa")).post(addedPath + "/excuse")
                .then().statusCode(409);
        as("bdt").header("If-Match", Api.etagOf("bdt", addedPath)).body(Map.of("comment", "Đã sáp nhập xong"))
                .post(addedPath + "/reinstate").then().statusCode(200)
                .body("excused", equalTo(false)).body("excuseReason", nullValue())
                .body("steps.action", equalTo(List.of("added", "excused", "reinstated")))
                .body("steps[2].comment", equalTo("Đã sáp nhập xong"));
        as("bdt").get(path).then().body("reportCount", equalTo(ReportingApi.rosterReporterIds(period, "organization").size()
                + ReportingApi.rosterReporterIds(period, "district").size()));
    }
}
