package vn.ketnghia.reporting.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.Timeliness;
import vn.ketnghia.reporting.summary.SummaryDtos.LateReporter;
import vn.ketnghia.reporting.summary.SummaryDtos.MissingReporter;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryCompletenessView;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryCounts;

/**
 * Who has reported, counted from a period's roster with the same rules as the completeness
 * worklist ({@link Timeliness} on the first submission; excused reporters are not expected), and who
 * the province still has to chase. Only the summary and the reminder letter use it.
 */
final class SummaryCompleteness {

    static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.of("vi", "VN"))::compare;

    private SummaryCompleteness() {
    }

    /** A report the province must chase: not submitted after the due date, or returned and not yet resubmitted. */
    record Chased(Report report, Timeliness timeliness, long daysPastDue) {
    }

    static SummaryCompletenessView of(List<Report> roster, LocalDate today) {
        long expected = 0;
        long submitted = 0;
        long onTime = 0;
        long late = 0;
        long overdue = 0;
        long pending = 0;
        long returned = 0;
        long accepted = 0;
        long excused = 0;
        List<LateReporter> lateReporters = new ArrayList<>();
        List<MissingReporter> missing = new ArrayList<>();
        for (Report report : roster) {
            Timeliness timeliness = Timeliness.of(report, today);
            if (timeliness == Timeliness.EXCUSED) {
                excused++;
                continue;
            }
            expected++;
            long daysLate = daysLate(report, today);
            switch (timeliness) {
                case ON_TIME -> onTime++;
                case LATE -> {
                    late++;
                    lateReporters.add(new LateReporter(report.id, report.reporterName(), daysLate));
                }
                case OVERDUE -> overdue++;
                case PENDING -> pending++;
                default -> throw new IllegalStateException("unexpected timeliness " + timeliness);
            }
            if (report.firstSubmittedAt != null) {
                submitted++;
            } else {
                missing.add(new MissingReporter(report.id, report.reporterName(), timeliness.code(), daysLate));
            }
            if (report.status == ReportStatus.RETURNED) {
                returned++;
            } else if (report.status == ReportStatus.ACCEPTED) {
                accepted++;
            }
        }
        lateReporters.sort(Comparator.comparingLong(LateReporter::daysLate).reversed()
                .thenComparing(LateReporter::reporterName, VIETNAMESE));
        missing.sort(Comparator.comparing((MissingReporter m) -> !m.timeliness().equals(Timeliness.OVERDUE.code()))
                .thenComparing(Comparator.comparingLong(MissingReporter::daysLate).reversed())
                .thenComparing(MissingReporter::reporterName, VIETNAMESE));
        BigDecimal rate = expected == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(submitted * 100).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
        return new SummaryCompletenessView(
                new SummaryCounts(expected, submitted, onTime, late, overdue, pending, returned, accepted, excused, rate),
                lateReporters, missing);
    }

    /** Overdue reporters and returned reports awaiting resubmission, worst first; excused reporters are never chased. */
    static List<Chased> chased(List<Report> roster, LocalDate today) {
        List<Chased> chased = new ArrayList<>();
        for (Report report : roster) {
            Timeliness timeliness = Timeliness.of(report, today);
            if (timeliness == Timeliness.OVERDUE || !report.excused && report.status == ReportStatus.RETURNED) {
                long pastDue = Math.max(0, ChronoUnit.DAYS.between(report.period.dueDate, today));
                chased.add(new Chased(report, timeliness, pastDue));
            }
        }
        chased.sort(Comparator.comparing((Chased c) -> c.report().status == ReportStatus.RETURNED)
                .thenComparing(Comparator.comparingLong(Chased::daysPastDue).reversed())
                .thenComparing(c -> c.report().reporterName(), VIETNAMESE));
        return chased;
    }

    private static long daysLate(Report report, LocalDate today) {
        return Timeliness.daysLate(report.excused, report.firstSubmittedAt, report.period.dueDate, today);
    }
}
