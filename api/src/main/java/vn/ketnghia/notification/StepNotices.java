package vn.ketnghia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReportStepEvent;
import vn.ketnghia.reporting.ReportingPeriod;
import vn.ketnghia.reporting.ReportingPeriodOpenedEvent;
import vn.ketnghia.reporting.ReportingPeriodStatus;
import static vn.ketnghia.common.text.Texts.blankToNull;
import static vn.ketnghia.notification.Texts.day;
import static vn.ketnghia.notification.Texts.reportLink;

/**
 * Tells the other side when a report moves: the province office when a report comes in, the
 * reporter when it is returned or accepted, and every reporter when a period opens. Runs inside the
 * step's transaction, so a notice exists exactly when the step does.
 */
@ApplicationScoped
public class StepNotices {

    public static final String KIND_SUBMITTED = "report_submitted";
    public static final String KIND_RETURNED = "report_returned";
    public static final String KIND_ACCEPTED = "report_accepted";
    public static final String KIND_PERIOD_OPENED = "period_opened";

    private static final String REPORT = "select r from Report r join fetch r.period p"
            + " left join fetch r.organization o left join fetch r.district d";

    @Inject
    EntityManager em;

    @Inject
    NotificationService notifications;

    void onStep(@Observes ReportStepEvent event) {
        switch (event.action()) {
            case SUBMITTED -> submitted(report(event.reportId()), event.comment());
            case RETURNED -> returned(report(event.reportId()), event.comment());
            case ACCEPTED -> accepted(report(event.reportId()), event.comment());
            // A reporter added after the period opened has had no opening notice yet.
            case ADDED -> {
                Report report = report(event.reportId());
                if (report.period.status == ReportingPeriodStatus.OPEN) {
                    periodOpened(report);
                }
            }
            default -> {
            }
        }
    }

    void onPeriodOpened(@Observes ReportingPeriodOpenedEvent event) {
        List<Report> reports = em.createQuery(REPORT + " where p.id = :period and r.excused = false order by r.id", Report.class)
                .setParameter("period", event.periodId()).getResultList();
        reports.forEach(this::periodOpened);
    }

    private void submitted(Report report, String comment) {
        boolean again = report.submissionCount > 1;
        String body = report.reporterName() + (again ? " đã gửi lại " : " đã gửi ") + report.period.name
                + (again ? " (lần " + report.submissionCount + ")." : ".")
                + note("Ghi chú", comment)
                + "\nĐề nghị xem xét, chấp nhận hoặc trả lại báo cáo.";
        notifications.notify(Party.province(), KIND_SUBMITTED,
                (again ? "Báo cáo gửi lại: " : "Báo cáo mới: ") + report.reporterName() + " — " + report.period.name,
                body, reportLink(report.id), null);
    }

    private void returned(Report report, String reason) {
        String why = blankToNull(reason) != null ? reason : report.returnReason;
        String body = "Ban Dân tộc tỉnh đã trả lại " + report.period.name + " của " + report.reporterName() + "."
                + note("Lý do", why)
                + "\nĐề nghị chỉnh sửa và gửi lại báo cáo (hạn gửi " + day(report.period.dueDate) + ").";
        notifications.notify(Party.reporterOf(report), KIND_RETURNED, "Báo cáo bị trả lại: " + report.period.name,
                body, reportLink(report.id), null);
    }

    private void accepted(Report report, String comment) {
        String body = "Ban Dân tộc tỉnh đã chấp nhận " + report.period.name + " của " + report.reporterName() + "."
                + note("Ý kiến", comment);
        notifications.notify(Party.reporterOf(report), KIND_ACCEPTED, "Báo cáo đã được chấp nhận: " + report.period.name,
                body, reportLink(report.id), null);
    }

    private void periodOpened(Report report) {
        ReportingPeriod period = report.period;
        Party party = Party.reporterOf(report);
        String body = "Kính gửi " + report.reporterName() + ",\n\nKỳ báo cáo \"" + period.name + "\" đã mở. "
                + "Số liệu hỗ trợ tính từ ngày " + day(period.windowStart) + " đến ngày " + day(period.windowEnd) + ". "
                + "Đề nghị hoàn thành và gửi báo cáo trên Cổng thông tin kết nghĩa trước hạn " + day(period.dueDate) + ".";
        notifications.notify(party, KIND_PERIOD_OPENED, "Mở kỳ báo cáo: " + period.name + ", hạn gửi " + day(period.dueDate),
                body, reportLink(report.id), "period-opened:" + period.id + ":" + party.key());
    }

    private Report report(long id) {
        return em.createQuery(REPORT + " where r.id = :id", Report.class).setParameter("id", id).getSingleResult();
    }

    private static String note(String label, String text) {
        String value = blankToNull(text);
        return value == null ? "" : "\n" + label + ": " + value;
    }
}
