package vn.ketnghia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.notification.NotificationDtos.ReminderRun;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.ReportingPeriod;
import vn.ketnghia.reporting.ReportingPeriodStatus;
import vn.ketnghia.reporting.Timeliness;
import static vn.ketnghia.notification.Texts.day;
import static vn.ketnghia.notification.Texts.reportLink;

/**
 * Chases reports that are not in: before the due date, on it, and after it while overdue. Each
 * reporter gets one digest a day listing all its missing reports, never one message per report;
 * the province office gets one digest a day of the overdue reporters.
 */
@ApplicationScoped
public class ReminderService {

    public static final String KIND_REMINDER = "report_reminder";
    public static final String KIND_OVERDUE_DIGEST = "report_overdue_digest";

    private static final String MISSING = "select r from Report r join fetch r.period p"
            + " left join fetch r.organization o left join fetch r.district d"
            + " where p.status = :open and r.excused = false and r.status in :missing";

    @Inject
    EntityManager em;

    @Inject
    NotificationService notifications;

    @Inject
    ReminderConfig config;

    /** The daily run over every open period: only reporters whose reminder day it is hear from it. */
    @Transactional
    public ReminderRun run(LocalDate today) {
        List<Report> missing = missing(null);
        List<Report> due = missing.stream().filter(r -> isReminderDay(r.period.dueDate, today)).toList();
        ReminderRun run = remindReporters(due, today, "reminder:" + today, "");
        return run.plus(remindProvince(missing, today, "reminder:" + today + ":province", null));
    }

    /**
     * The province chasing one period now: every reporter of it whose report is not in hears from it,
     * whatever the day, once a day at most.
     */
    @Transactional
    public ReminderRun runForPeriod(long periodId, LocalDate today) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw ApiException.notFound("Kỳ báo cáo / reporting period " + periodId);
        }
        if (period.status != ReportingPeriodStatus.OPEN) {
            throw ApiException.invalidState("Chỉ nhắc được khi kỳ báo cáo đang mở / reminders go out only while the period is open");
        }
        List<Report> missing = missing(periodId);
        String suffix = ":period:" + periodId;
        ReminderRun run = remindReporters(missing, today, "reminder:" + today, suffix);
        return run.plus(remindProvince(missing, today, "reminder:" + today + ":province" + suffix, period));
    }

    /** Before the due date on the configured days, on it, and every few days after it. */
    boolean isReminderDay(LocalDate dueDate, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        if (daysLeft > 0) {
            return config.daysBefore().contains((int) Math.min(daysLeft, Integer.MAX_VALUE));
        }
        if (daysLeft == 0) {
            return true;
        }
        return config.overdueEveryDays() > 0 && -daysLeft % config.overdueEveryDays() == 0;
    }

    private List<Report> missing(Long periodId) {
        String jpql = MISSING + (periodId == null ? "" : " and p.id = :period");
        var query = em.createQuery(jpql, Report.class)
                .setParameter("open", ReportingPeriodStatus.OPEN)
                .setParameter("missing", List.of(ReportStatus.DRAFT, ReportStatus.RETURNED));
        if (periodId != null) {
            query.setParameter("period", periodId);
        }
        return query.getResultList().stream()
                .sorted(Comparator.comparing((Report r) -> r.period.dueDate).thenComparing(r -> r.id))
                .toList();
    }

    private ReminderRun remindReporters(List<Report> reports, LocalDate today, String keyPrefix, String keySuffix) {
        Map<Party, List<Report>> byParty = new LinkedHashMap<>();
        for (Report report : reports) {
            byParty.computeIfAbsent(Party.reporterOf(report), p -> new ArrayList<>()).add(report);
        }
        ReminderRun run = new ReminderRun(0, 0);
        for (Map.Entry<Party, List<Report>> entry : byParty.entrySet()) {
            List<Report> theirs = entry.getValue();
            StringBuilder body = new StringBuilder("Kính gửi ").append(theirs.get(0).reporterName()).append(",\n\n")
                    .append(theirs.size() == 1 ? "Báo cáo kết nghĩa sau chưa được gửi:\n" : "Các báo cáo kết nghĩa sau chưa được gửi:\n");
            for (Report report : theirs) {
                body.append("- ").append(report.period.name).append(": ").append(state(report, today))
                        .append(" (").append(reportLink(report.id)).append(")\n");
            }
            body.append("\nĐề nghị hoàn thiện và gửi báo cáo trên Cổng thông tin kết nghĩa.");
            String link = theirs.size() == 1 ? reportLink(theirs.get(0).id) : "/reports";
            Optional<Notification> sent = notifications.notify(entry.getKey(), KIND_REMINDER, reporterTitle(theirs, today),
                    body.toString(), link, keyPrefix + ":" + entry.getKey().key() + keySuffix);
            run = run.plus(counted(sent));
        }
        return run;
    }

    private ReminderRun remindProvince(List<Report> missing, LocalDate today, String key, ReportingPeriod period) {
        List<Report> overdue = missing.stream()
                .filter(r -> Timeliness.of(r, today) == Timeliness.OVERDUE)
                .sorted(Comparator.comparing((Report r) -> r.period.dueDate).thenComparing(Report::reporterName))
                .toList();
        if (overdue.isEmpty()) {
            return new ReminderRun(0, 0);
        }
        StringBuilder body = new StringBuilder("Các đơn vị sau chưa gửi báo cáo kết nghĩa dù đã quá hạn (tính đến ngày ")
                .append(day(today)).append("):\n");
        for (Report report : overdue) {
            body.append("- ").append(report.reporterName()).append(" — ").append(report.period.name)
                    .append(", hạn ").append(day(report.period.dueDate))
                    .append(", quá hạn ").append(ChronoUnit.DAYS.between(report.period.dueDate, today)).append(" ngày (")
                    .append(reportLink(report.id)).append(")\n");
        }
        body.append("\nCó thể gửi công văn đôn đốc từ màn hình theo dõi kỳ báo cáo.");
        String link = period != null ? "/reports?periodId=" + period.id + "&timeliness=overdue" : "/reports?timeliness=overdue";
        return counted(notifications.notify(Party.province(), KIND_OVERDUE_DIGEST,
                "Báo cáo kết nghĩa quá hạn: " + overdue.size() + " đơn vị chưa gửi", body.toString(), link, key));
    }

    private static String reporterTitle(List<Report> reports, LocalDate today) {
        String what = reports.size() == 1 ? reports.get(0).period.name : reports.size() + " báo cáo kết nghĩa";
        if (reports.stream().anyMatch(r -> Timeliness.of(r, today) == Timeliness.OVERDUE)) {
            return "Quá hạn gửi báo cáo: " + what;
        }
        if (reports.stream().anyMatch(r -> r.status == ReportStatus.RETURNED)) {
            return "Báo cáo bị trả lại cần gửi lại: " + what;
        }
        long soonest = reports.stream().mapToLong(r -> ChronoUnit.DAYS.between(today, r.period.dueDate)).min().orElse(0);
        if (soonest <= 0) {
            return "Hôm nay là hạn gửi báo cáo: " + what;
        }
        return "Nhắc gửi báo cáo: " + what + " (còn " + soonest + " ngày)";
    }

    private static String state(Report report, LocalDate today) {
        LocalDate due = report.period.dueDate;
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        String when = daysLeft > 0 ? "hạn gửi " + day(due) + ", còn " + daysLeft + " ngày"
                : daysLeft == 0 ? "hạn gửi hôm nay " + day(due)
                : "hạn gửi " + day(due) + ", đã quá hạn " + (-daysLeft) + " ngày";
        if (report.status == ReportStatus.RETURNED) {
            return "đã bị trả lại" + (report.returnReason == null ? "" : " (lý do: " + report.returnReason + ")")
                    + ", đề nghị chỉnh sửa và gửi lại; " + when;
        }
        return when;
    }

    private static ReminderRun counted(Optional<Notification> sent) {
        return sent.map(n -> new ReminderRun(1, n.emailedTo != null ? 1 : 0)).orElse(new ReminderRun(0, 0));
    }
}
