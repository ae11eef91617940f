package vn.ketnghia.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ketnghia.notification.NotificationDtos.ReminderRun;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.ReportingPeriodStatus;

/**
 * Reminder digests, called with chosen dates. Each test has its own year (2041–2044) and its own
 * partner organisations and districts, so the digests it reads are its own; its periods are closed
 * afterwards so later runs do not chase them.
 */
@QuarkusTest
class ReminderTest {

    @Inject
    ReportingRows rows;

    @Inject
    ReminderService reminders;

    @Inject
    MockMailbox mailbox;

    private final List<Long> periods = new ArrayList<>();

    @AfterEach
    void closePeriods() {
        periods.forEach(id -> rows.setPeriodStatus(id, ReportingPeriodStatus.CLOSED));
    }

    private long period(int year, String regime, LocalDate due, ReportingPeriodStatus status) {
        long id = rows.period(year, regime, due, status);
        periods.add(id);
        return id;
    }

    private List<Notification> of(Party party) {
        return rows.notificationsFor(party);
    }

    @Test
    void oneDigestPerRecipientSevenDaysBeforeNothingEightDaysBeforeAndNoRepeatTheSameDay() {
        LocalDate due = LocalDate.of(2041, 6, 16);
        long semiAnnual = period(2041, "semi_annual", due, ReportingPeriodStatus.OPEN);
        long annual = period(2041, "annual", due, ReportingPeriodStatus.OPEN);
        long twoReports = rows.organization("Sở Thử Nhắc Hai Báo Cáo", "hai@test.vn", "canbo.hai@test.vn");
        long oneReport = rows.organization("Hội Thử Nhắc Một Báo Cáo", null, null);
        long district = rows.district("Huyện Thử Nhắc", "huyen@test.vn");
        long first = rows.organizationReport(semiAnnual, twoReports, ReportStatus.DRAFT);
        long second = rows.organizationReport(annual, twoReports, ReportStatus.DRAFT);
        long single = rows.organizationReport(annual, oneReport, ReportStatus.DRAFT);
        long districtReport = rows.districtReport(semiAnnual, district, ReportStatus.DRAFT);

        reminders.run(due.minusDays(8));
        assertEquals(List.of(), of(Party.organization(twoReports)));
        assertEquals(List.of(), of(Party.organization(oneReport)));
        assertEquals(List.of(), of(Party.district(district)));

        ReminderRun run = reminders.run(due.minusDays(7));
        assertTrue(run.notifications() >= 3, "at least this test's three digests: " + run);
        assertEquals(0, run.emails(), "mail is off by default");

        List<Notification> digest = of(Party.organization(twoReports));
        assertEquals(1, digest.size(), "one digest for two reports");
        Notification both = digest.get(0);
        assertEquals("report_reminder", both.kind);
        assertEquals("reminder:2041-06-09:organization:" + twoReports, both.dedupKey);
        assertEquals("Nhắc gửi báo cáo: 2 báo cáo kết nghĩa (còn 7 ngày)", both.title);
        assertTrue(both.body.startsWith("Kính gửi Sở Thử Nhắc Hai Báo Cáo,"), both.body);
        assertTrue(both.body.contains("- Báo cáo 6 tháng đầu năm 2041: hạn gửi 16/06/2041, còn 7 ngày (/reports/" + first + ")"), both.body);
        assertTrue(both.body.contains("- Báo cáo năm 2041: hạn gửi 16/06/2041, còn 7 ngày (/reports/" + second + ")"), both.body);
        assertEquals("/reports", both.link);
        assertNull(both.emailedTo);
        assertNull(both.emailedAt);
        assertEquals(0, mailbox.getMailsSentTo("canbo.hai@test.vn").size() + mailbox.getMailsSentTo("hai@test.vn").size()
                + mailbox.getMailsSentTo("huyen@test.vn").size());

        List<Notification> alone = of(Party.organization(oneReport));
        assertEquals(1, alone.size());
        assertEquals("Nhắc gửi báo cáo: Báo cáo năm 2041 (còn 7 ngày)", alone.get(0).title);
        assertEquals("/reports/" + single, alone.get(0).link);
        List<Notification> toDistrict = of(Party.district(district));
        assertEquals(1, toDistrict.size());
        assertEquals("/reports/" + districtReport, toDistrict.get(0).link);
        assertTrue(toDistrict.get(0).body.startsWith("Kính gửi Huyện Thử Nhắc,"));

        reminders.run(due.minusDays(7));
        assertEquals(1, of(Party.organization(twoReports)).size(), "the same day again repeats nothing");
        assertEquals(1, of(Party.organization(oneReport)).size());
        assertEquals(1, of(Party.district(district)).size());
    }

    @Test
    void remindsTheDayBeforeOnTheDueDateAndEverySevenDaysWhileOverdue() {
        LocalDate due = LocalDate.of(2042, 6, 16);
        long periodId = period(2042, "semi_annual", due, ReportingPeriodStatus.OPEN);
        long organization = rows.organization("Công ty Thử Quá Hạn", null, null);
        long reportId = rows.organizationReport(periodId, organization, ReportStatus.DRAFT);
        Party party = Party.organization(organization);

        List<String> titles = new ArrayList<>();
        for (LocalDate day = due.minusDays(6); !day.isAfter(due.plusDays(15)); day = day.plusDays(1)) {
            int before = of(party).size();
            reminders.run(day);
            List<Notification> now = of(party);
            if (now.size() > before) {
                titles.add(day + " " + now.get(now.size() - 1).title);
            }
        }
        assertEquals(List.of(
                "2042-06-15 Nhắc gửi báo cáo: Báo cáo 6 tháng đầu năm 2042 (còn 1 ngày)",
                "2042-06-16 Hôm nay là hạn gửi báo cáo: Báo cáo 6 tháng đầu năm 2042",
                "2042-06-23 Quá hạn gửi báo cáo: Báo cáo 6 tháng đầu năm 2042",
                "2042-06-30 Quá hạn gửi báo cáo: Báo cáo 6 tháng đầu năm 2042"), titles);
        Notification overdue = rows.notificationByKey("reminder:2042-06-23:organization:" + organization);
        assertTrue(overdue.body.contains("hạn gửi 16/06/2042, đã quá hạn 7 ngày (/reports/" + reportId + ")"), overdue.body);

        Notification onDueDate = rows.notificationByKey("reminder:2042-06-16:province");
        assertTrue(onDueDate == null || !onDueDate.body.contains("Công ty Thử Quá Hạn"), "not overdue on the due date itself");
        for (LocalDate day : List.of(due.plusDays(1), due.plusDays(3), due.plusDays(7))) {
            Notification province = rows.notificationByKey("reminder:" + day + ":province");
            assertEquals("report_overdue_digest", province.kind, "the province hears every day after the due date");
            long late = day.toEpochDay() - due.toEpochDay();
            assertTrue(province.body.contains("- Công ty Thử Quá Hạn — Báo cáo 6 tháng đầu năm 2042, hạn 16/06/2042, quá hạn "
                    + late + " ngày (/reports/" + reportId + ")"), province.body);
            assertTrue(province.title.startsWith("Báo cáo kết nghĩa quá hạn: "));
        }
    }

    @Test
    void submittedAcceptedExcusedAndClosedGetNothingAndReturnedIsChased() {
        LocalDate due = LocalDate.of(2043, 12, 16);
        long open = period(2043, "annual", due, ReportingPeriodStatus.OPEN);
        long closed = period(2043, "semi_annual", due, ReportingPeriodStatus.OPEN);
        long submitted = rows.organization("Thử Đã Gửi", null, null);
        long accepted = rows.organization("Thử Đã Chấp Nhận", null, null);
        long excused = rows.organization("Thử Được Miễn", null, null);
        long inClosed = rows.organization("Thử Kỳ Đã Đóng", null, null);
        long returned = rows.organization("Thử Bị Trả Lại", null, null);
        rows.organizationReport(open, submitted, ReportStatus.SUBMITTED);
        rows.organizationReport(open, accepted, ReportStatus.ACCEPTED);
        rows.excuse(rows.organizationReport(open, excused, ReportStatus.DRAFT));
        rows.organizationReport(closed, inClosed, ReportStatus.DRAFT);
        long returnedReport = rows.organizationReport(open, returned, ReportStatus.RETURNED);
        rows.setPeriodStatus(closed, ReportingPeriodStatus.CLOSED);

        for (LocalDate day : List.of(due.minusDays(7), due.minusDays(1), due, due.plusDays(1), due.plusDays(7))) {
            reminders.run(day);
        }
        for (long quiet : List.of(submitted, accepted, excused, inClosed)) {
            assertEquals(List.of(), of(Party.organization(quiet)));
        }
        List<Notification> chased = of(Party.organization(returned));
        assertEquals(4, chased.size(), "a returned report is not in until it is sent again: 7 and 1 days before, the due date, 7 days after");
        assertEquals("Báo cáo bị trả lại cần gửi lại: Báo cáo năm 2043", chased.get(0).title);
        assertTrue(chased.get(0).body.contains("đã bị trả lại (lý do: Thiếu số liệu hỗ trợ bằng tiền), đề nghị chỉnh sửa và gửi lại; "
                + "hạn gửi 16/12/2043, còn 7 ngày (/reports/" + returnedReport + ")"), chased.get(0).body);
        for (LocalDate day : List.of(due.plusDays(1), due.plusDays(7))) {
            Notification province = rows.notificationByKey("reminder:" + day + ":province");
            if (province != null) {
                for (String name : List.of("Thử Đã Gửi", "Thử Đã Chấp Nhận", "Thử Được Miễn", "Thử Kỳ Đã Đóng", "Thử Bị Trả Lại")) {
                    assertFalse(province.body.contains("- " + name + " — "), name + " is not overdue: " + province.body);
                }
            }
        }
    }

    @Test
    void theProvinceChasesOnePeriodNowOnceADay() {
        long periodId = period(2044, "semi_annual", LocalDate.of(2044, 6, 16), ReportingPeriodStatus.OPEN);
        long draft = rows.organization("Thử Nhắc Ngay Một", null, null);
        long returned = rows.organization("Thử Nhắc Ngay Hai", null, null);
        long done = rows.organization("Thử Nhắc Ngay Ba", null, null);
        long draftReport = rows.organizationReport(periodId, draft, ReportStatus.DRAFT);
        rows.organizationReport(periodId, returned, ReportStatus.RETURNED);
        rows.organizationReport(periodId, done, ReportStatus.SUBMITTED);
        String path = "/api/v1/reporting-periods/" + periodId + "/reminders";

        as("sonnptnt").post(path).then().statusCode(403);
        as("lanhdao").post(path).then().statusCode(403);
        as("bdt").post(path).then().statusCode(200).body("notifications", equalTo(2)).body("emails", equalTo(0));
        as("bdt").post(path).then().statusCode(200).body("notifications", equalTo(0));

        List<Notification> toDraft = of(Party.organization(draft));
        assertEquals(1, toDraft.size());
        assertEquals("/reports/" + draftReport, toDraft.get(0).link);
        assertTrue(toDraft.get(0).dedupKey.endsWith(":organization:" + draft + ":period:" + periodId), toDraft.get(0).dedupKey);
        assertEquals(1, of(Party.organization(returned)).size());
        assertEquals(List.of(), of(Party.organization(done)));

        rows.setPeriodStatus(periodId, ReportingPeriodStatus.CLOSED);
        as("bdt").post(path).then().statusCode(409).body("type", equalTo("urn:ketnghia:problem:invalid-state"));
        as("bdt").post("/api/v1/reporting-periods/999999999/reminders").then().statusCode(404);
    }
}
