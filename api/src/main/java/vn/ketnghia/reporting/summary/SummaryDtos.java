package vn.ketnghia.reporting.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.ketnghia.support.SupportFigures.Figures;

/** What the province summary of a reporting period answers with. */
public final class SummaryDtos {

    private SummaryDtos() {
    }

    /** The period, with the same fields as the reporting-period view. */
    public record SummaryPeriodView(long id, String regime, String regimeName, int year, String name,
                                    LocalDate windowStart, LocalDate windowEnd, LocalDate opensOn, LocalDate dueDate,
                                    String status, OffsetDateTime openedAt, String openedBy, OffsetDateTime closedAt,
                                    String closedBy, long reportCount, long submittedCount, long version) {
    }

    /**
     * The year's annual programmes of the whole programme. Planned: the items of programmes the
     * receiving districts have agreed (a draft programme does not count yet, see {@code draftProgrammes}).
     * Actual: the support records linked to those items, dated up to {@code actualUpTo} (the window's end).
     */
    public record PlanVsActualTotals(int year, long agreedProgrammes, long draftProgrammes, long plannedVnd,
                                     long actualVnd, long actualRecords, LocalDate actualUpTo) {
    }

    /** Counts as in the completeness view: {@code expected} leaves out excused reporters. */
    public record SummaryCounts(long expected, long submitted, long onTime, long late, long overdue, long pending,
                                long returned, long accepted, long excused, BigDecimal submittedRate) {
    }

    public record LateReporter(long reportId, String reporterName, long daysLate) {
    }

    /** A reporter that has not submitted: {@code timeliness} is overdue or pending. */
    public record MissingReporter(long reportId, String reporterName, String timeliness, long daysLate) {
    }

    public record SummaryCompletenessView(SummaryCounts totals, List<LateReporter> late, List<MissingReporter> missing) {
    }

    public record ReporterText(long reportId, String reporterName, String text) {
    }

    public record ThemeItems(String theme, List<ReporterText> items) {
    }

    /** One district's items by theme; {@code districtId} and {@code districtName} null: the whole programme. */
    public record DistrictThemes(Long districtId, String districtName, List<ThemeItems> themes) {
    }

    /**
     * {@code figures}: support records dated in the period's window, whole programme; every line's
     * {@code filter} lists its records through {@code GET /api/v1/support-records}. Narratives come from
     * submitted and accepted reports only.
     */
    public record SummaryView(SummaryPeriodView period, OffsetDateTime generatedAt, Figures figures,
                              PlanVsActualTotals planVsActual, SummaryCompletenessView completeness,
                              List<ReporterText> results, List<DistrictThemes> difficulties,
                              List<DistrictThemes> recommendations) {
    }
}
