package vn.ketnghia.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnghia.notification.NotificationDtos.ReminderRun;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.ReportingPeriodStatus;

/**
 * With mail switched on, notices also go to the party's address (the mock mailer keeps them). The
 * other test classes run with mail off and check that nothing is sent. Uses the year 2047.
 */
@QuarkusTest
@TestProfile(MailTest.MailOn.class)
class MailTest {

    public static class MailOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ketnghia.mail.enabled", "true",
                    "ketnghia.mail.province-address", "ban-dan-toc@test.vn",
                    "ketnghia.mail.portal-url", "https://ketnghia.test");
        }
    }

    @Inject
    ReportingRows rows;

    @Inject
    ReminderService reminders;

    @Inject
    MockMailbox mailbox;

    @Test
    void noticesAreMailedToTheOfficerThenTheUnitThenTheDistrictAndTheProvinceOffice() {
        LocalDate due = LocalDate.of(2047, 6, 16);
        long periodId = rows.period(2047, "semi_annual", due, ReportingPeriodStatus.OPEN);
        long withOfficer = rows.organization("Sở Thử Thư Cán Bộ", "so@thu.vn", "canbo@thu.vn");
        long unitOnly = rows.organization("Sở Thử Thư Chung", "chung@thu.vn", " ");
        long noAddress = rows.organization("Sở Thử Không Thư", null, null);
        long district = rows.district("Huyện Thử Thư", "huyen@thu.vn");
        long officerReport = rows.organizationReport(periodId, withOfficer, ReportStatus.DRAFT);
        rows.organizationReport(periodId, unitOnly, ReportStatus.DRAFT);
        rows.organizationReport(periodId, noAddress, ReportStatus.DRAFT);
        rows.districtReport(periodId, district, ReportStatus.DRAFT);

        ReminderRun run = reminders.run(due.minusDays(7));
        assertTrue(run.emails() >= 3 && run.notifications() >= 4, run.toString());

        List<Mail> toOfficer = mailbox.getMailsSentTo("canbo@thu.vn");
        assertEquals(1, toOfficer.size());
        assertEquals(List.of(), mailbox.getMailsSentTo("so@thu.vn"), "the focal officer is written to instead of the unit");
        assertEquals("Nhắc gửi báo cáo: Báo cáo 6 tháng đầu năm 2047 (còn 7 ngày)", toOfficer.get(0).getSubject());
        assertTrue(toOfficer.get(0).getText().contains("https://ketnghia.test/reports/" + officerReport), toOfficer.get(0).getText());
        Notification officerNotice = rows.notificationsFor(Party.organization(withOfficer)).get(0);
        assertEquals("canbo@thu.vn", officerNotice.emailedTo);
        assertNotNull(officerNotice.emailedAt);

        assertEquals(1, mailbox.getMailsSentTo("chung@thu.vn").size());
        assertEquals("chung@thu.vn", rows.notificationsFor(Party.organization(unitOnly)).get(0).emailedTo);
        Notification unmailed = rows.notificationsFor(Party.organization(noAddress)).get(0);
        assertNull(unmailed.emailedTo);
        assertNull(unmailed.emailedAt);
        assertEquals(1, mailbox.getMailsSentTo("huyen@thu.vn").size());
        assertEquals("huyen@thu.vn", rows.notificationsFor(Party.district(district)).get(0).emailedTo);

        reminders.run(due.minusDays(7));
        assertEquals(1, mailbox.getMailsSentTo("canbo@thu.vn").size(), "no second mail the same day");

        reminders.run(due.plusDays(1));
        Notification digest = rows.notificationByKey("reminder:2047-06-17:province");
        assertEquals("ban-dan-toc@test.vn", digest.emailedTo);
        assertTrue(mailbox.getMailsSentTo("ban-dan-toc@test.vn").stream()
                .anyMatch(mail -> mail.getSubject().equals(digest.title) && mail.getText().contains("- Sở Thử Thư Cán Bộ — ")));
        rows.setPeriodStatus(periodId, ReportingPeriodStatus.CLOSED);
    }
}
