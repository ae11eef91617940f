package vn.ketnghia.reporting.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.reporting.CompletenessService;
import vn.ketnghia.reporting.NarrativeItem;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.ReporterKind;
import vn.ketnghia.reporting.ReportingDtos.CompletenessRow;
import vn.ketnghia.reporting.ReportingDtos.CompletenessView;
import vn.ketnghia.reporting.ReportingDtos.Counts;
import vn.ketnghia.reporting.ReportingDtos.ReportingPeriodView;
import vn.ketnghia.reporting.ReportingPeriodStatus;
import vn.ketnghia.reporting.Timeliness;
import vn.ketnghia.reporting.summary.SummaryDtos.DistrictThemes;
import vn.ketnghia.reporting.summary.SummaryDtos.LateReporter;
import vn.ketnghia.reporting.summary.SummaryDtos.MissingReporter;
import vn.ketnghia.reporting.summary.SummaryDtos.PlanVsActualTotals;
import vn.ketnghia.reporting.summary.SummaryDtos.ReporterText;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryCompletenessView;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryCounts;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryPeriodView;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryView;
import vn.ketnghia.reporting.summary.SummaryDtos.ThemeItems;
import vn.ketnghia.support.SupportFigures;

/**
 * The province summary of a reporting period (task 4): the programme's figures over the period's
 * window, plan against actual for the year's annual programmes, who has reported, and the
 * difficulties and recommendations of the reports received, collated by district and theme.
 * Callers are province-wide roles, so nothing here is narrowed by scope. Who has reported is
 * {@link CompletenessService}'s answer, mapped onto the summary's DTOs, so the summary and the
 * completeness page cannot count differently.
 */
@ApplicationScoped
public class SummaryService {

    @Inject
    EntityManager em;

    @Inject
    SupportFigures supportFigures;

    @Inject
    CompletenessService completeness;

    static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.of("vi", "VN"))::compare;

    /** A reporter the reminder letter chases. */
    record ChasedReporter(String name, boolean returned, LocalDate returnedOn, LocalDate dueDate, long daysPastDue) {
    }

    record ReminderLetterData(SummaryPeriodView period, List<ChasedReporter> reporters) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SummaryView summary(long periodId, LocalDate today) {
        CompletenessView reported = completeness.of(periodId, today);
        ReportingPeriodView period = reported.period();
        List<Report> received = received(periodId);
        return new SummaryView(
                periodView(period),
                OffsetDateTime.now(ZoneOffset.UTC),
                supportFigures.of(new SupportFigures.Window(period.windowStart(), period.windowEnd(), null, null)),
                planVsActual(period),
                completenessView(reported),
                received.stream()
                        .filter(r -> r.results != null && !r.results.isBlank())
                        .map(r -> new ReporterText(r.id, r.reporterName(), r.results))
                        .toList(),
                collate(received, r -> r.difficulties),
                collate(received, r -> r.recommendations));
    }

    /** Refuses a period that is not open: before it opens nobody is due, and closing stops the chasing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    ReminderLetterData reminderLetter(long periodId, LocalDate today) {
        CompletenessView reported = completeness.of(periodId, today);
        ReportingPeriodView period = reported.period();
        if (period.status() != ReportingPeriodStatus.OPEN) {
            throw ApiException.invalidState("Chỉ đôn đốc khi kỳ báo cáo đang mở (hiện: " + period.status().code()
                    + ") / reminder letters are only for open periods (now " + period.status().code() + ")");
        }
        // Not submitted first, then returned; every reporter shares the period's due date, so by name within each.
        List<CompletenessRow> chased = reported.reporters().stream().filter(SummaryService::chased)
                .sorted(Comparator.comparing((CompletenessRow row) -> row.status() == ReportStatus.RETURNED)
                        .thenComparing(CompletenessRow::reporterName, VIETNAMESE))
                .toList();
        if (chased.isEmpty()) {
            throw ApiException.invalidState("Không có đơn vị nào quá hạn hoặc có báo cáo bị trả lại / "
                    + "no reporter is overdue or has a returned report");
        }
        Map<Long, Report> reports = reports(chased.stream().map(CompletenessRow::reportId).toList());
        long pastDue = Math.max(0, ChronoUnit.DAYS.between(period.dueDate(), today));
        List<ChasedReporter> reporters = chased.stream()
                .map(row -> {
                    Report report = reports.get(row.reportId());
                    return new ChasedReporter(addressee(report), row.status() == ReportStatus.RETURNED,
                            report.returnedAt == null ? null
                                    : report.returnedAt.atZoneSameInstant(ProgrammeDate.ZONE).toLocalDate(),
                            period.dueDate(), pastDue);
                })
                .toList();
        return new ReminderLetterData(periodView(period), reporters);
    }

    /** Overdue reporters and returned reports awaiting resubmission; excused reporters are never chased. */
    private static boolean chased(CompletenessRow row) {
        return row.timeliness() == Timeliness.OVERDUE || !row.excused() && row.status() == ReportStatus.RETURNED;
    }

    /**
     * The completeness page's totals and rows in the summary's shape: the late reporters (most days
     * late first) and those that have not submitted (overdue before pending, then most days late).
     */
    private static SummaryCompletenessView completenessView(CompletenessView reported) {
        Counts counts = reported.totals();
        List<LateReporter> late = reported.reporters().stream()
                .filter(row -> row.timeliness() == Timeliness.LATE)
                .map(row -> new LateReporter(row.reportId(), row.reporterName(), row.daysLate()))
                .sorted(Comparator.comparingLong(LateReporter::daysLate).reversed()
                        .thenComparing(LateReporter::reporterName, VIETNAMESE))
                .toList();
        List<MissingReporter> missing = reported.reporters().stream()
                .filter(row -> !row.excused() && row.firstSubmittedAt() == null)
                .map(row -> new MissingReporter(row.reportId(), row.reporterName(), row.timeliness().code(), row.daysLate()))
                .sorted(Comparator.comparing((MissingReporter m) -> !m.timeliness().equals(Timeliness.OVERDUE.code()))
                        .thenComparing(Comparator.comparingLong(MissingReporter::daysLate).reversed())
                        .thenComparing(MissingReporter::reporterName, VIETNAMESE))
                .toList();
        return new SummaryCompletenessView(new SummaryCounts(counts.expected(), counts.submitted(), counts.onTime(),
                counts.late(), counts.overdue(), counts.pending(), counts.returned(), counts.accepted(), counts.excused(),
                BigDecimal.valueOf(counts.submittedRate()).setScale(1, RoundingMode.HALF_UP)), late, missing);
    }

    /** A letter goes to a district's People's Committee: "UBND huyện Nam Giang", not "Nam Giang". */
    private static String addressee(Report report) {
        return report.reporterKind == ReporterKind.DISTRICT
                ? "UBND " + report.district.kindLabel() + " " + report.district.name
                : report.reporterName();
    }

    /** Reports received (submitted or accepted), by reporter name: their narratives are collated. */
    private List<Report> received(long periodId) {
        List<Report> received = new ArrayList<>(em.createQuery("select r from Report r left join fetch r.organization"
                        + " left join fetch r.district where r.period.id = :period and r.status in :received order by r.id", Report.class)
                .setParameter("period", periodId)
                .setParameter("received", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED))
                .getResultList());
        received.sort(Comparator.comparing(Report::reporterName, VIETNAMESE));
        return received;
    }

    private Map<Long, Report> reports(List<Long> ids) {
        Map<Long, Report> reports = new HashMap<>();
        em.createQuery("select r from Report r left join fetch r.organization left join fetch r.district where r.id in :ids",
                        Report.class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> reports.put(r.id, r));
        return reports;
    }

    private static SummaryPeriodView periodView(ReportingPeriodView period) {
        return new SummaryPeriodView(period.id(), period.regime().code(), period.regimeName(), period.year(), period.name(),
                period.windowStart(), period.windowEnd(), period.opensOn(), period.dueDate(), period.status().code(),
                period.openedAt(), period.openedBy(), period.closedAt(), period.closedBy(), period.reportCount(),
                period.submittedCount(), period.version());
    }

    /** Four sums in one round trip; each is a subquery so the joins cannot multiply the others. */
    private PlanVsActualTotals planVsActual(ReportingPeriodView period) {
        String agreed = " from plan p where p.kind = 'annual' and p.year = :year and p.status = 'agreed'";
        String agreedItems = " from plan_item i join plan p on p.id = i.plan_id where p.kind = 'annual' and p.year = :year and p.status = 'agreed'";
        String linked = " from support_record s join plan_item i on i.id = s.plan_item_id join plan p on p.id = i.plan_id"
                + " where p.kind = 'annual' and p.year = :year and p.status = 'agreed' and s.support_date <= :upTo";
        Object[] row = (Object[]) em.createNativeQuery("select (select count(*)" + agreed + "),"
                        + " (select count(*) from plan p where p.kind = 'annual' and p.year = :year and p.status = 'draft'),"
                        + " (select coalesce(sum(i.planned_vnd), 0)" + agreedItems + "),"
                        + " (select coalesce(sum(s.value_vnd), 0)" + linked + "),"
                        + " (select count(*)" + linked + ")")
                .setParameter("year", period.year())
                .setParameter("upTo", period.windowEnd())
                .getSingleResult();
        return new PlanVsActualTotals(period.year(), number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), period.windowEnd());
    }

    /**
     * Items grouped by the district they concern (the whole programme first, then districts by name)
     * and, within a district, by theme in the order of {@link NarrativeItem#THEMES}.
     */
    private List<DistrictThemes> collate(List<Report> received, Function<Report, List<NarrativeItem>> items) {
        Map<Long, Map<String, List<ReporterText>>> byDistrict = new HashMap<>();
        for (Report report : received) {
            for (NarrativeItem item : items.apply(report)) {
                if (item.text() == null || item.text().isBlank()) {
                    continue;
                }
                byDistrict.computeIfAbsent(item.districtId(), d -> new HashMap<>())
                        .computeIfAbsent(item.theme(), t -> new ArrayList<>())
                        .add(new ReporterText(report.id, report.reporterName(), item.text()));
            }
        }
        Map<Long, String> names = districtNames(byDistrict.keySet());
        List<Long> order = new ArrayList<>(byDistrict.keySet());
        order.sort(Comparator.comparing((Long id) -> id != null)
                .thenComparing(id -> id == null ? "" : names.getOrDefault(id, ""), VIETNAMESE));
        List<DistrictThemes> collated = new ArrayList<>();
        for (Long districtId : order) {
            Map<String, List<ReporterText>> themes = byDistrict.get(districtId);
            Map<String, List<ReporterText>> ordered = new LinkedHashMap<>();
            NarrativeItem.THEMES.stream().filter(themes::containsKey).forEach(t -> ordered.put(t, themes.get(t)));
            themes.keySet().stream().filter(t -> !ordered.containsKey(t)).sorted().forEach(t -> ordered.put(t, themes.get(t)));
            collated.add(new DistrictThemes(districtId, districtId == null ? null : names.get(districtId),
                    ordered.entrySet().stream().map(e -> new ThemeItems(e.getKey(), List.copyOf(e.getValue()))).toList()));
        }
        return collated;
    }

    private Map<Long, String> districtNames(Set<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        wanted.remove(null);
        Map<Long, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        em.createQuery("select u.id, u.name from AdminUnit u where u.id in :ids", Object[].class)
                .setParameter("ids", wanted).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
