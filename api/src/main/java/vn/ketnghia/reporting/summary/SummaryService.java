package vn.ketnghia.reporting.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.reporting.NarrativeItem;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.ReporterKind;
import vn.ketnghia.reporting.ReportingPeriod;
import vn.ketnghia.reporting.ReportingPeriodStatus;
import vn.ketnghia.reporting.summary.SummaryDtos.DistrictThemes;
import vn.ketnghia.reporting.summary.SummaryDtos.PlanVsActualTotals;
import vn.ketnghia.reporting.summary.SummaryDtos.ReporterText;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryPeriodView;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryView;
import vn.ketnghia.reporting.summary.SummaryDtos.ThemeItems;
import vn.ketnghia.support.SupportFigures;

/**
 * The province summary of a reporting period (task 4): the programme's figures over the period's
 * window, plan against actual for the year's annual programmes, who has reported, and the
 * difficulties and recommendations of the reports received, collated by district and theme.
 * Callers are province-wide roles, so nothing here is narrowed by scope.
 */
@ApplicationScoped
public class SummaryService {

    @Inject
    EntityManager em;

    @Inject
    SupportFigures supportFigures;

    /** A reporter the reminder letter chases. */
    record ChasedReporter(String name, boolean returned, LocalDate returnedOn, LocalDate dueDate, long daysPastDue) {
    }

    record ReminderLetterData(SummaryPeriodView period, List<ChasedReporter> reporters) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SummaryView summary(long periodId, LocalDate today) {
        ReportingPeriod period = period(periodId);
        List<Report> roster = roster(periodId);
        List<Report> received = roster.stream()
                .filter(r -> r.status == ReportStatus.SUBMITTED || r.status == ReportStatus.ACCEPTED)
                .sorted(Comparator.comparing(Report::reporterName, SummaryCompleteness.VIETNAMESE))
                .toList();
        return new SummaryView(
                periodView(period, roster),
                OffsetDateTime.now(ZoneOffset.UTC),
                supportFigures.of(new SupportFigures.Window(period.windowStart, period.windowEnd, null, null)),
                planVsActual(period),
                SummaryCompleteness.of(roster, today),
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
        ReportingPeriod period = period(periodId);
        if (period.status != ReportingPeriodStatus.OPEN) {
            throw ApiException.invalidState("Chỉ đôn đốc khi kỳ báo cáo đang mở (hiện: " + period.status.code()
                    + ") / reminder letters are only for open periods (now " + period.status.code() + ")");
        }
        List<Report> roster = roster(periodId);
        List<ChasedReporter> reporters = SummaryCompleteness.chased(roster, today).stream()
                .map(c -> new ChasedReporter(addressee(c.report()), c.report().status == ReportStatus.RETURNED,
                        c.report().returnedAt == null ? null
                                : c.report().returnedAt.atZoneSameInstant(ProgrammeDate.ZONE).toLocalDate(),
                        period.dueDate, c.daysPastDue()))
                .toList();
        if (reporters.isEmpty()) {
            throw ApiException.invalidState("Không có đơn vị nào quá hạn hoặc có báo cáo bị trả lại / "
                    + "no reporter is overdue or has a returned report");
        }
        return new ReminderLetterData(periodView(period, roster), reporters);
    }

    /** A letter goes to a district's People's Committee: "UBND huyện Nam Giang", not "Nam Giang". */
    private static String addressee(Report report) {
        return report.reporterKind == ReporterKind.DISTRICT
                ? "UBND " + report.district.kindLabel() + " " + report.district.name
                : report.reporterName();
    }

    private ReportingPeriod period(long id) {
        ReportingPeriod period = em.find(ReportingPeriod.class, id);
        if (period == null) {
            throw ApiException.notFound("Kỳ báo cáo / reporting period " + id);
        }
        return period;
    }

    private List<Report> roster(long periodId) {
        return em.createQuery("select r from Report r left join fetch r.organization left join fetch r.district"
                        + " where r.period.id = :period order by r.id", Report.class)
                .setParameter("period", periodId).getResultList();
    }

    private static SummaryPeriodView periodView(ReportingPeriod period, List<Report> roster) {
        long submitted = roster.stream().filter(r -> r.firstSubmittedAt != null).count();
        return new SummaryPeriodView(period.id, period.regime.code, period.regime.name, period.year, period.name,
                period.windowStart, period.windowEnd, period.opensOn, period.dueDate, period.status.code(),
                period.openedAt, period.openedBy, period.closedAt, period.closedBy, roster.size(), submitted,
                period.version);
    }

    /** Four sums in one round trip; each is a subquery so the joins cannot multiply the others. */
    private PlanVsActualTotals planVsActual(ReportingPeriod period) {
        String agreed = " from plan p where p.kind = 'annual' and p.year = :year and p.status = 'agreed'";
        String agreedItems = " from plan_item i join plan p on p.id = i.plan_id where p.kind = 'annual' and p.year = :year and p.status = 'agreed'";
        String linked = " from support_record s join plan_item i on i.id = s.plan_item_id join plan p on p.id = i.plan_id"
                + " where p.kind = 'annual' and p.year = :year and p.status = 'agreed' and s.support_date <= :upTo";
        Object[] row = (Object[]) em.createNativeQuery("select (select count(*)" + agreed + "),"
                        + " (select count(*) from plan p where p.kind = 'annual' and p.year = :year and p.status = 'draft'),"
                        + " (select coalesce(sum(i.planned_vnd), 0)" + agreedItems + "),"
                        + " (select coalesce(sum(s.value_vnd), 0)" + linked + "),"
                        + " (select count(*)" + linked + ")")
                .setParameter("year", (int) period.year)
                .setParameter("upTo", period.windowEnd)
                .getSingleResult();
        return new PlanVsActualTotals(period.year, number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), period.windowEnd);
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
                .thenComparing(id -> id == null ? "" : names.getOrDefault(id, ""), SummaryCompleteness.VIETNAMESE));
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
