package vn.ketnghia.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ketnghia.reporting.ReportAction;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.ReportStepEvent;
import vn.ketnghia.reporting.ReportingPeriodOpenedEvent;
import vn.ketnghia.reporting.ReportingPeriodStatus;

/**
 * Notices on report steps and on a period opening, driven by the events the workflow fires (inside
 * its transaction, as here). Periods of this class use the years 2045 and 2046.
 */
@QuarkusTest
class StepNoticeTest {

    @Inject
    ReportingRows rows;

    @Inject
    Event<ReportStepEvent> steps;

    @Inject
    Event<ReportingPeriodOpenedEvent> openings;

    private void step(long reportId, ReportAction action, String comment) {
        QuarkusTransaction.requiringNew().run(() -> steps.fire(new ReportStepEvent(reportId, action, comment)));
    }

    private static Notification last(List<Notification> notices) {
        return notices.get(notices.size() - 1);
    }

    @Test
    void submittedTellsTheProvinceReturnedAndAcceptedTellTheReporter() {
        long periodId = rows.period(2045, "annual", LocalDate.of(2045, 12, 16), ReportingPeriodStatus.OPEN);
        long organization = rows.organization("Sở Thử Bước", null, null);
        Party reporter = Party.organization(organization);
        long reportId = rows.organizationReport(periodId, organization, ReportStatus.SUBMITTED);

        int provinceBefore = rows.notificationsFor(Party.province()).size();
        step(reportId, ReportAction.SUBMITTED, "Gửi kèm biên bản");
        List<Notification> province = rows.notificationsFor(Party.province());
        assertEquals(provinceBefore + 1, province.size());
        Notification submitted = last(province);
        assertEquals("report_submitted", submitted.kind);
        assertEquals("Báo cáo mới: Sở Thử Bước — Báo cáo năm 2045", submitted.title);
        assertEquals("Sở Thử Bước đã gửi Báo cáo năm 2045.\nGhi chú: Gửi kèm biên bản\nĐề nghị xem xét, chấp nhận hoặc trả lại báo cáo.",
                submitted.body);
        assertEquals("/reports/" + reportId, submitted.link);
        assertEquals(List.of(), rows.notificationsFor(reporter));

        rows.setReportStatus(reportId, ReportStatus.RETURNED);
        step(reportId, ReportAction.RETURNED, "Bổ sung số liệu hỗ trợ bằng tiền mặt");
        Notification returned = last(rows.notificationsFor(reporter));
        assertEquals("report_returned", returned.kind);
        assertEquals("Báo cáo bị trả lại: Báo cáo năm 2045", returned.title);
        assertTrue(returned.body.contains("Lý do: Bổ sung số liệu hỗ trợ bằng tiền mặt"), returned.body);
        assertTrue(returned.body.contains("hạn gửi 16/12/2045"), returned.body);
        assertEquals("/reports/" + reportId, returned.link);

        rows.setReportStatus(reportId, ReportStatus.ACCEPTED);
        step(reportId, ReportAction.ACCEPTED, null);
        List<Notification> toReporter = rows.notificationsFor(reporter);
        assertEquals(2, toReporter.size());
        assertEquals("report_accepted", last(toReporter).kind);
        assertEquals("Ban Dân tộc tỉnh đã chấp nhận Báo cáo năm 2045 của Sở Thử Bước.", last(toReporter).body);

        int provinceNow = rows.notificationsFor(Party.province()).size();
        step(reportId, ReportAction.EXCUSED, "Không cần");
        step(reportId, ReportAction.CREATED, null);
        assertEquals(2, rows.notificationsFor(reporter).size());
        assertEquals(provinceNow, rows.notificationsFor(Party.province()).size());
        rows.setPeriodStatus(periodId, ReportingPeriodStatus.CLOSED);
    }

    @Test
    void openingAPeriodTellsEveryReporterOnceWithTheDueDate() {
        long periodId = rows.period(2046, "semi_annual", LocalDate.of(2046, 6, 16), ReportingPeriodStatus.OPEN);
        long organization = rows.organization("Công ty Thử Mở Kỳ", null, null);
        long excusedOrganization = rows.organization("Công ty Thử Được Miễn", null, null);
        long district = rows.district("Huyện Thử Mở Kỳ", null);
        long orgReport = rows.organizationReport(periodId, organization, ReportStatus.DRAFT);
        rows.excuse(rows.organizationReport(periodId, excusedOrganization, ReportStatus.DRAFT));
        long districtReport = rows.districtReport(periodId, district, ReportStatus.DRAFT);

        QuarkusTransaction.requiringNew().run(() -> openings.fire(new ReportingPeriodOpenedEvent(periodId)));
        QuarkusTransaction.requiringNew().run(() -> openings.fire(new ReportingPeriodOpenedEvent(periodId)));

        List<Notification> toOrganization = rows.notificationsFor(Party.organization(organization));
        assertEquals(1, toOrganization.size(), "a second event repeats nothing");
        Notification opened = toOrganization.get(0);
        assertEquals("period_opened", opened.kind);
        assertEquals("Mở kỳ báo cáo: Báo cáo 6 tháng đầu năm 2046, hạn gửi 16/06/2046", opened.title);
        assertTrue(opened.body.contains("Số liệu hỗ trợ tính từ ngày 15/12/2045 đến ngày 14/06/2046"), opened.body);
        assertEquals("/reports/" + orgReport, opened.link);
        List<Notification> toDistrict = rows.notificationsFor(Party.district(district));
        assertEquals(1, toDistrict.size());
        assertEquals("/reports/" + districtReport, toDistrict.get(0).link);
        assertEquals(List.of(), rows.notificationsFor(Party.organization(excusedOrganization)));

        long late = rows.organization("Công ty Thử Bổ Sung", null, null);
        long added = rows.organizationReport(periodId, late, ReportStatus.DRAFT);
        step(added, ReportAction.ADDED, "Có thỏa thuận mới");
        List<Notification> toAdded = rows.notificationsFor(Party.organization(late));
        assertEquals(1, toAdded.size(), "a reporter added later hears the period is open");
        assertEquals("/reports/" + added, toAdded.get(0).link);
        rows.setPeriodStatus(periodId, ReportingPeriodStatus.CLOSED);
    }
}
