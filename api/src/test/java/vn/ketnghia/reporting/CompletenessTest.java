package vn.ketnghia.reporting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.reporting.ReportingApi.REPORTS;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.ketnghia.reporting.ReportingDtos.CompletenessRow;
import vn.ketnghia.reporting.ReportingDtos.CompletenessView;
import vn.ketnghia.reporting.ReportingDtos.Counts;
import vn.ketnghia.reporting.ReportingDtos.Group;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Completeness against a hand-computed case. A new district with five partners of its own, so its
 * group holds exactly our six reporters; submissions are stamped at chosen moments through the
 * service and "today" is passed in, so the case does not depend on the clock. Year used by this
 * class: 2035 (semi-annual; due 16/06/2035).
 */
@QuarkusTest
class CompletenessTest {

    @Inject
    CompletenessService completeness;

    @Inject
    ReportService reports;

    @Inject
    EntityManager em;

    private void onReport(long id, Consumer<Report> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(em.find(Report.class, id)));
    }

    private void submitAt(long id, String at) {
        onReport(id, report -> {
            reports.setNarrative(report, "Đã hỗ trợ xây 2 nhà tình nghĩa.", List.of(), List.of());
            reports.submit(report, actor(at), null);
        });
    }

    /** Other services call it inside their own request or transaction; the test gives it one. */
    private CompletenessView asOf(long period, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> completeness.of(period, today));
    }

    private static Actor actor(String at) {
        return new Actor("kiemthu", "Người kiểm thử", OffsetDateTime.parse(at));
    }

    @Test
    void countsByDistrictMatchTheHandComputedCase() {
        long district = Fixtures.newDistrict("Huyện Thử Đầy Đủ");
        long late = Fixtures.newOrganization("Công ty Thử Nộp Muộn", "enterprise");
        long onTime = Fixtures.newOrganization("Sở Thử Đúng Hạn", "department");
        long returned = Fixtures.newOrganization("Hội Thử Bị Trả", "mass_organization");
        long accepted = Fixtures.newOrganization("Sở Thử Được Nhận", "department");
        long excused = Fixtures.newOrganization("Công ty Thử Được Miễn", "enterprise");
        for (long organization : List.of(late, onTime, returned, accepted, excused)) {
            Fixtures.openEndedAgreement(organization, district, "2021-06-01");
        }
        long period = ReportingApi.openPeriod("semi_annual", 2035);
        long districtReport = ReportingApi.reportOf(period, district, true);
        long lateReport = ReportingApi.reportOf(period, late, false);
        long onTimeReport = ReportingApi.reportOf(period, onTime, false);
        long returnedReport = ReportingApi.reportOf(period, returned, false);
        long acceptedReport = ReportingApi.reportOf(period, accepted, false);
        long excusedReport = ReportingApi.reportOf(period, excused, false);

        // 23:30 on the due day in Vietnam (16:30 UTC): on time.
        submitAt(onTimeReport, "2035-06-16T16:30:00Z");
        // 00:30 on the 17th in Vietnam, still the 16th in UTC: one day late.
        submitAt(lateReport, "2035-06-16T17:30:00Z");
        submitAt(returnedReport, "2035-06-10T03:00:00+07:00");
        onReport(returnedReport, r -> reports.returnReport(r, actor("2035-06-12T09:00:00+07:00"), "Thiếu số liệu"));
        submitAt(acceptedReport, "2035-06-14T10:00:00+07:00");
        onReport(acceptedReport, r -> reports.accept(r, actor("2035-06-15T10:00:00+07:00"), null));
        onReport(excusedReport, r -> reports.excuse(r, actor("2035-06-02T10:00:00+07:00"), "Đơn vị giải thể"));

        CompletenessView asOf25th = asOf(period, LocalDate.of(2035, 6, 25));
        Group group = asOf25th.byDistrict().stream().filter(g -> g.key().equals(String.valueOf(district))).findFirst().orElseThrow();
        assertEquals("Huyện Thử Đầy Đủ", group.label());
        // expected 5 (excused left out), submitted 4, on time 3 (one of them returned, one accepted), late 1, overdue 1
        assertEquals(new Counts(5, 4, 3, 1, 1, 0, 1, 1, 1, 80.0), group.counts());

        List<Long> ours = List.of(districtReport, lateReport, onTimeReport, returnedReport, acceptedReport, excusedReport);
        List<CompletenessRow> rows = asOf25th.reporters().stream().filter(r -> ours.contains(r.reportId())).toList();
        assertEquals(List.of(districtReport, returnedReport, lateReport, onTimeReport, acceptedReport, excusedReport),
                rows.stream().map(CompletenessRow::reportId).toList(), "worst first");
        assertEquals(9, rows.getFirst().daysLate(), "overdue since the 16th");
        assertEquals(Timeliness.OVERDUE, rows.getFirst().timeliness());
        assertEquals(1, rows.get(2).daysLate());
        assertEquals(Timeliness.LATE, rows.get(2).timeliness());
        assertEquals("Đơn vị giải thể", rows.getLast().excuseReason());
        assertEquals("department", rows.get(3).organizationKind());

        Counts totals = asOf25th.totals();
        long expected = asOf25th.reporters().stream().filter(r -> !r.excused()).count();
        assertEquals(expected, totals.expected());
        assertEquals(asOf25th.reporters().size(), totals.expected() + totals.excused());
        assertEquals(totals.expected(), totals.onTime() + totals.late() + totals.overdue() + totals.pending());

        Group beforeDue = asOf(period, LocalDate.of(2035, 6, 16)).byDistrict().stream()
                .filter(g -> g.key().equals(String.valueOf(district))).findFirst().orElseThrow();
        assertEquals(new Counts(5, 4, 3, 1, 0, 1, 1, 1, 1, 80.0), beforeDue.counts(), "on the due day itself nothing is overdue yet");

        String byDistrict = REPORTS + "?size=100&periodId=" + period + "&districtId=" + district;
        as("bdt").get(byDistrict + "&timeliness=late").then().statusCode(200).body("items.id", contains((int) lateReport));
        as("bdt").get(byDistrict + "&timeliness=on_time").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) onTimeReport, (int) returnedReport, (int) acceptedReport));
        as("bdt").get(byDistrict + "&timeliness=excused").then().body("items.id", contains((int) excusedReport));
        as("bdt").get(byDistrict + "&timeliness=pending").then().body("items.id", contains((int) districtReport));
        as("bdt").get(byDistrict + "&q=cong ty thu").then()
                .body("items.id", containsInAnyOrder((int) lateReport, (int) excusedReport));
        as("bdt").get(byDistrict + "&timeliness=soon").then().statusCode(400);

        as("lanhdao").get("/api/v1/reporting-periods/" + period + "/completeness").then().statusCode(200)
                .body("period.id", equalTo((int) period)).body("totals.expected", equalTo((int) expected));
        as("sonnptnt").get("/api/v1/reporting-periods/" + period + "/completeness").then().statusCode(403);
        as("namgiang").get("/api/v1/reporting-periods/" + period + "/completeness").then().statusCode(403);
        as("bdt").get("/api/v1/reporting-periods/999999999/completeness").then().statusCode(404);
    }
}
