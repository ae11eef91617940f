package vn.ketnghia.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.catalog.OrganizationKind;
import vn.ketnghia.reporting.ReportingDtos.CompletenessRow;
import vn.ketnghia.reporting.ReportingDtos.CompletenessView;
import vn.ketnghia.reporting.ReportingDtos.Counts;
import vn.ketnghia.reporting.ReportingDtos.Group;

/**
 * Who has reported for a period, as of a day. Not scoped: the endpoint is the province's, and other
 * services (summary, reminder letter) call {@link #of} in-process.
 */
@ApplicationScoped
public class CompletenessService {

    private static final Map<OrganizationKind, String> KIND_LABELS = Map.of(
            OrganizationKind.DEPARTMENT, "Sở, ban, ngành",
            OrganizationKind.AGENCY, "Cơ quan trung ương đóng trên địa bàn",
            OrganizationKind.MASS_ORGANIZATION, "Đoàn thể, hội",
            OrganizationKind.ENTERPRISE, "Doanh nghiệp",
            OrganizationKind.LOWLAND_DISTRICT, "Huyện, thị xã, thành phố đồng bằng",
            OrganizationKind.OTHER, "Khác");

    @Inject
    EntityManager em;

    @Inject
    ReportingPeriodService periods;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompletenessView of(long periodId, LocalDate today) {
        ReportingPeriod period = periods.get(periodId);
        List<Report> reports = em.createQuery("select r from Report r left join fetch r.organization o left join fetch r.district d"
                        + " where r.period.id = :id", Report.class)
                .setParameter("id", periodId).getResultList();
        reports.forEach(r -> r.period = period);
        List<CompletenessRow> rows = reports.stream().map(r -> row(r, today))
                .sorted(Comparator.comparingInt(CompletenessService::rank)
                        .thenComparing(Comparator.comparingLong(CompletenessRow::daysLate).reversed())
                        .thenComparing(CompletenessRow::reporterName))
                .toList();

        Map<Long, CompletenessRow> rowsById = new LinkedHashMap<>();
        rows.forEach(row -> rowsById.put(row.reportId(), row));
        Map<Long, List<Object[]>> districtsByOrganization = organizationDistricts(period);
        Map<String, List<CompletenessRow>> byDistrict = new TreeMap<>();
        Map<String, String> districtLabels = new LinkedHashMap<>();
        for (Report report : reports) {
            CompletenessRow row = rowsById.get(report.id);
            if (report.reporterKind == ReporterKind.DISTRICT) {
                add(byDistrict, districtLabels, report.district.name, report.district.id, row);
            } else {
                for (Object[] district : districtsByOrganization.getOrDefault(report.organization.id, List.of())) {
                    add(byDistrict, districtLabels, (String) district[2], (Long) district[1], row);
                }
            }
        }
        List<Group> districts = new ArrayList<>();
        districtLabels.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e ->
                districts.add(new Group(e.getKey(), e.getValue(), counts(byDistrict.get(e.getKey())))));

        return new CompletenessView(periods.view(period), today, counts(rows),
                groups(rows, r -> r.reporterKind().code(), r -> r.reporterKind() == ReporterKind.ORGANIZATION ? "Đơn vị kết nghĩa" : "Huyện nhận kết nghĩa"),
                districts,
                groups(rows.stream().filter(r -> r.organizationKind() != null).toList(), CompletenessRow::organizationKind,
                        r -> KIND_LABELS.get(kind(r.organizationKind()))),
                rows);
    }

    private static void add(Map<String, List<CompletenessRow>> groups, Map<String, String> labels, String name, long id, CompletenessRow row) {
        String key = String.valueOf(id);
        labels.put(key, name);
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }

    /** For each organisation on the roster, the districts its window agreements lie in: (organisation id, district id, district name). */
    private Map<Long, List<Object[]>> organizationDistricts(ReportingPeriod period) {
        Map<Long, List<Object[]>> map = new LinkedHashMap<>();
        em.createQuery("select distinct a.organization.id, a.district.id, a.district.name from Agreement a"
                        + " where a.status <> :proposed and a.startDate <= :windowEnd and (a.endDate is null or a.endDate >= :windowStart)"
                        + " and a.organization.id in (select r.organization.id from Report r where r.period.id = :period)", Object[].class)
                .setParameter("proposed", AgreementStatus.PROPOSED).setParameter("windowStart", period.windowStart)
                .setParameter("windowEnd", period.windowEnd).setParameter("period", period.id)
                .getResultList().forEach(row -> map.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row));
        return map;
    }

    private static OrganizationKind kind(String code) {
        for (OrganizationKind kind : OrganizationKind.values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return OrganizationKind.OTHER;
    }

    private static List<Group> groups(List<CompletenessRow> rows, Function<CompletenessRow, String> key,
                                      Function<CompletenessRow, String> label) {
        Map<String, List<CompletenessRow>> grouped = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (CompletenessRow row : rows) {
            grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
            labels.put(key.apply(row), label.apply(row));
        }
        return grouped.entrySet().stream().map(e -> new Group(e.getKey(), labels.get(e.getKey()), counts(e.getValue()))).toList();
    }

    private static CompletenessRow row(Report r, LocalDate today) {
        boolean organization = r.reporterKind == ReporterKind.ORGANIZATION;
        return new CompletenessRow(r.id, r.reporterKind, organization ? r.organization.id : r.district.id, r.reporterName(),
                organization ? r.organization.kind.code() : null, r.status, Timeliness.of(r, today),
                Timeliness.daysLate(r.excused, r.firstSubmittedAt, r.period.dueDate, today), r.excused, r.excuseReason,
                r.rosterSource, r.firstSubmittedAt, r.lastSubmittedAt, r.acceptedAt);
    }

    /** Worst first: overdue, returned, pending, late, on time, accepted, excused. */
    private static int rank(CompletenessRow row) {
        if (row.excused()) {
            return 6;
        }
        if (row.timeliness() == Timeliness.OVERDUE) {
            return 0;
        }
        if (row.status() == ReportStatus.RETURNED) {
            return 1;
        }
        if (row.timeliness() == Timeliness.PENDING) {
            return 2;
        }
        if (row.status() == ReportStatus.ACCEPTED) {
            return 5;
        }
        return row.timeliness() == Timeliness.LATE ? 3 : 4;
    }

    static Counts counts(List<CompletenessRow> rows) {
        long expected = 0;
        long submitted = 0;
        long onTime = 0;
        long late = 0;
        long overdue = 0;
        long pending = 0;
        long returned = 0;
        long accepted = 0;
        long excused = 0;
        for (CompletenessRow row : rows) {
            if (row.excused()) {
                excused++;
                continue;
            }
            expected++;
            switch (row.timeliness()) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case OVERDUE -> overdue++;
                case PENDING -> pending++;
                default -> { }
            }
            if (row.firstSubmittedAt() != null) {
                submitted++;
            }
            if (row.status() == ReportStatus.RETURNED) {
                returned++;
            }
            if (row.status() == ReportStatus.ACCEPTED) {
                accepted++;
            }
        }
        double rate = expected == 0 ? 0 : Math.round(submitted * 1000.0 / expected) / 10.0;
        return new Counts(expected, submitted, onTime, late, overdue, pending, returned, accepted, excused, rate);
    }
}
