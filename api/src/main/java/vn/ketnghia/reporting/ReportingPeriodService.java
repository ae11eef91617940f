package vn.ketnghia.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.catalog.AdminLevel;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.reporting.ReportingDtos.PeriodCreateRequest;
import vn.ketnghia.reporting.ReportingDtos.PeriodUpdateRequest;
import vn.ketnghia.reporting.ReportingDtos.RegimeUpdate;
import vn.ketnghia.reporting.ReportingDtos.RegimeView;
import vn.ketnghia.reporting.ReportingDtos.ReporterRequest;
import vn.ketnghia.reporting.ReportingDtos.ReportingPeriodView;

/** Regimes and periods: creating, dating, opening (freezing the roster), closing, and roster changes. */
@ApplicationScoped
public class ReportingPeriodService {

    private static final Logger LOG = Logger.getLogger(ReportingPeriodService.class);

    private static final String SELECT = "select p from ReportingPeriod p join fetch p.regime g";
    private static final String COUNT = "select count(p) from ReportingPeriod p join p.regime g";
    private static final Map<String, String> SORTS = Map.of("year", "p.year", "dueDate", "p.dueDate",
            "opensOn", "p.opensOn", "createdAt", "p.createdAt");

    /** Who is due to report for a window: partners and receiving districts of signed agreements overlapping it. */
    private static final String WINDOW_AGREEMENTS = " from Agreement a where a.status <> :proposed"
            + " and a.startDate <= :windowEnd and (a.endDate is null or a.endDate >= :windowStart)";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<ReportingPeriodOpenedEvent> periodOpened;

    @Inject
    Event<ReportStepEvent> stepTaken;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegimeView> regimes() {
        return em.createQuery("select g from ReportingRegime g order by g.sortOrder", ReportingRegime.class).getResultList()
                .stream().map(RegimeView::of).toList();
    }

    @Transactional
    public RegimeView updateRegime(String code, String ifMatch, RegimeUpdate request) {
        ReportingRegime regime = em.find(ReportingRegime.class, code);
        if (regime == null) {
            throw ApiException.notFound("Chế độ báo cáo / reporting regime " + code);
        }
        IfMatch.check(ifMatch, regime.version);
        regime.windowStartMonth = request.windowStartMonth().shortValue();
        regime.windowStartDay = request.windowStartDay().shortValue();
        regime.windowEndMonth = request.windowEndMonth().shortValue();
        regime.windowEndDay = request.windowEndDay().shortValue();
        regime.opensMonth = request.opensMonth().shortValue();
        regime.opensDay = request.opensDay().shortValue();
        regime.dueMonth = request.dueMonth().shortValue();
        regime.dueDay = request.dueDay().shortValue();
        em.flush();
        return RegimeView.of(regime);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportingPeriodView> list(ReportingPeriodFilter filter, PageQuery paging) {
        ReportingPeriodStatus status = Coded.parse(ReportingPeriodStatus.class, "status", filter.status);
        ReportingRegimeCode regime = Coded.parse(ReportingRegimeCode.class, "regime", filter.regime);
        QueryBuilder query = new QueryBuilder()
                .and("p.year = :p", filter.year == null ? null : filter.year.shortValue())
                .and("p.status = :p", status)
                .and("g.code = :p", regime == null ? null : regime.code());
        String order = Sort.orderBy(paging.sort, SORTS, "p.year desc, g.sortOrder desc", "p.id");
        Page<ReportingPeriod> page = query.page(em, COUNT, SELECT, order, ReportingPeriod.class, paging);
        Map<Long, long[]> counts = counts(page.items().stream().map(p -> p.id).toList());
        return page.map(p -> view(p, counts));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportingPeriod get(long id) {
        List<ReportingPeriod> rows = em.createQuery(SELECT + " where p.id = :id", ReportingPeriod.class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Kỳ báo cáo / reporting period " + id);
        }
        return rows.getFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportingPeriodView view(ReportingPeriod period) {
        return view(period, counts(List.of(period.id)));
    }

    @Transactional
    public ReportingPeriod create(PeriodCreateRequest request) {
        ReportingRegime regime = em.find(ReportingRegime.class, request.regime().code());
        int year = request.year();
        if (ReportingPeriod.count("regime.code = ?1 and year = ?2", regime.code, (short) year) > 0) {
            throw ApiException.conflict("Đã có kỳ " + regime.name + " năm " + year + " / a " + request.regime().code()
                    + " period for " + year + " already exists");
        }
        ReportingPeriod period = new ReportingPeriod();
        period.regime = regime;
        period.year = (short) year;
        period.name = request.name() == null || request.name().isBlank() ? defaultName(regime.regimeCode(), year) : request.name().trim();
        period.windowStart = request.windowStart() != null ? request.windowStart() : regime.windowStart(year);
        period.windowEnd = request.windowEnd() != null ? request.windowEnd() : regime.windowEnd(year);
        period.opensOn = request.opensOn() != null ? request.opensOn() : regime.opensOn(year);
        period.dueDate = request.dueDate() != null ? request.dueDate() : regime.dueDate(year);
        requireDates(period.windowStart, period.windowEnd, period.dueDate);
        period.status = ReportingPeriodStatus.PLANNED;
        period.persist();
        em.flush();
        return period;
    }

    static String defaultName(ReportingRegimeCode regime, int year) {
        return regime == ReportingRegimeCode.SEMI_ANNUAL ? "Báo cáo 6 tháng đầu năm " + year : "Báo cáo năm " + year;
    }

    @Transactional
    public ReportingPeriod update(long id, String ifMatch, PeriodUpdateRequest request) {
        ReportingPeriod period = get(id);
        IfMatch.check(ifMatch, period.version);
        if (period.status == ReportingPeriodStatus.CLOSED) {
            throw ApiException.invalidState("Kỳ báo cáo đã đóng / the period is closed");
        }
        boolean datesMoved = !request.windowStart().equals(period.windowStart) || !request.windowEnd().equals(period.windowEnd)
                || !request.opensOn().equals(period.opensOn);
        if (period.status == ReportingPeriodStatus.OPEN && datesMoved) {
            throw ApiException.invalidState("Kỳ đã mở: chỉ đổi được tên và hạn nộp; khoảng số liệu và ngày mở giữ nguyên"
                    + " / the period is open: only its name and due date can change");
        }
        requireDates(request.windowStart(), request.windowEnd(), request.dueDate());
        period.name = request.name().trim();
        period.windowStart = request.windowStart();
        period.windowEnd = request.windowEnd();
        period.opensOn = request.opensOn();
        period.dueDate = request.dueDate();
        em.flush();
        return period;
    }

    private static void requireDates(LocalDate windowStart, LocalDate windowEnd, LocalDate dueDate) {
        if (windowEnd.isBefore(windowStart)) {
            throw ApiException.invalid("/windowEnd", "không được trước ngày bắt đầu khoảng số liệu / must not be before windowStart");
        }
        if (dueDate.isBefore(windowStart)) {
            throw ApiException.invalid("/dueDate", "không được trước ngày bắt đầu khoảng số liệu / must not be before windowStart");
        }
    }

    @Transactional
    public ReportingPeriod open(long id, String ifMatch) {
        ReportingPeriod period = get(id);
        IfMatch.check(ifMatch, period.version);
        open(period, Actor.of(caller));
        return period;
    }

    /**
     * Freezes the roster: one draft report for every partner and receiving district of the signed
     * agreements overlapping the window, as they stand now. Later agreement changes never touch it.
     */
    @Transactional
    public void open(ReportingPeriod period, Actor actor) {
        if (period.status != ReportingPeriodStatus.PLANNED) {
            throw ApiException.invalidState("Chỉ mở được kỳ đang ở trạng thái kế hoạch / only a planned period can be opened");
        }
        List<Organization> organizations = em.createQuery("select o from Organization o where o.id in (select a.organization.id"
                        + WINDOW_AGREEMENTS + ") order by o.name", Organization.class)
                .setParameter("proposed", AgreementStatus.PROPOSED)
                .setParameter("windowStart", period.windowStart).setParameter("windowEnd", period.windowEnd).getResultList();
        List<AdminUnit> districts = em.createQuery("select u from AdminUnit u where u.id in (select a.district.id"
                        + WINDOW_AGREEMENTS + ") order by u.name", AdminUnit.class)
                .setParameter("proposed", AgreementStatus.PROPOSED)
                .setParameter("windowStart", period.windowStart).setParameter("windowEnd", period.windowEnd).getResultList();
        period.status = ReportingPeriodStatus.OPEN;
        period.openedAt = actor.at();
        period.openedBy = actor.username();
        for (Organization organization : organizations) {
            ReportSteps.record(newReport(period, organization, null, RosterSource.FROZEN, null), ReportAction.CREATED, null, null, actor);
        }
        for (AdminUnit district : districts) {
            ReportSteps.record(newReport(period, null, district, RosterSource.FROZEN, null), ReportAction.CREATED, null, null, actor);
        }
        em.flush();
        periodOpened.fire(new ReportingPeriodOpenedEvent(period.id));
    }

    private Report newReport(ReportingPeriod period, Organization organization, AdminUnit district, RosterSource source, String reason) {
        Report report = new Report();
        report.period = period;
        report.reporterKind = organization != null ? ReporterKind.ORGANIZATION : ReporterKind.DISTRICT;
        report.organization = organization;
        report.district = district;
        report.rosterSource = source;
        report.addedReason = reason;
        report.status = ReportStatus.DRAFT;
        report.persist();
        em.flush();
        return report;
    }

    @Transactional
    public ReportingPeriod close(long id, String ifMatch) {
        ReportingPeriod period = get(id);
        IfMatch.check(ifMatch, period.version);
        close(period, Actor.of(caller));
        return period;
    }

    @Transactional
    public void close(ReportingPeriod period, Actor actor) {
        if (period.status != ReportingPeriodStatus.OPEN) {
            throw ApiException.invalidState("Chỉ đóng được kỳ đang mở / only an open period can be closed");
        }
        period.status = ReportingPeriodStatus.CLOSED;
        period.closedAt = actor.at();
        period.closedBy = actor.username();
        em.flush();
    }

    /** Puts a reporter the frozen roster missed on it, with the province's reason. */
    @Transactional
    public Report addReporter(long periodId, ReporterRequest request) {
        ReportingPeriod period = get(periodId);
        if ((request.organizationId() == null) == (request.districtId() == null)) {
            throw ApiException.invalid("/organizationId", "cần đúng một trong organizationId hoặc districtId"
                    + " / give exactly one of organizationId and districtId");
        }
        if (period.status != ReportingPeriodStatus.OPEN) {
            throw ApiException.invalidState("Chỉ bổ sung người báo cáo khi kỳ đang mở / reporters can be added only while the period is open");
        }
        Organization organization = null;
        AdminUnit district = null;
        if (request.organizationId() != null) {
            organization = em.find(Organization.class, request.organizationId());
            if (organization == null) {
                throw ApiException.invalid("/organizationId", "không tồn tại / does not exist");
            }
            if (Report.count("period.id = ?1 and organization.id = ?2", period.id, organization.id) > 0) {
                throw ApiException.conflict(organization.name + " đã có trong danh sách báo cáo kỳ này / is already on the roster");
            }
        } else {
            district = em.find(AdminUnit.class, request.districtId());
            if (district == null || district.level != AdminLevel.DISTRICT) {
                throw ApiException.invalid("/districtId", "không phải một huyện / is not a district");
            }
            if (Report.count("period.id = ?1 and district.id = ?2", period.id, district.id) > 0) {
                throw ApiException.conflict(district.name + " đã có trong danh sách báo cáo kỳ này / is already on the roster");
            }
        }
        Report report = newReport(period, organization, district, RosterSource.ADDED, request.reason().trim());
        ReportSteps.record(report, ReportAction.ADDED, null, request.reason().trim(), Actor.of(caller));
        period.touch();
        em.flush();
        stepTaken.fire(new ReportStepEvent(report.id, ReportAction.ADDED, report.addedReason));
        return report;
    }

    /** Opens every planned period whose opening day has come; the daily job calls it, tests call it with their own day. */
    @Transactional
    public List<Long> openDue(LocalDate today) {
        List<ReportingPeriod> due = em.createQuery(SELECT + " where p.status = :planned and p.opensOn <= :today order by p.opensOn, p.id",
                        ReportingPeriod.class)
                .setParameter("planned", ReportingPeriodStatus.PLANNED).setParameter("today", today).getResultList();
        for (ReportingPeriod period : due) {
            open(period, Actor.system(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)));
            LOG.infof("Opened reporting period %d (%s) on its opening day %s", period.id, period.name, period.opensOn);
        }
        return due.stream().map(p -> p.id).toList();
    }

    private Map<Long, long[]> counts(List<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select r.period.id, count(r), sum(case when r.firstSubmittedAt is not null then 1 else 0 end)"
                        + " from Report r where r.period.id in :ids group by r.period.id", Object[].class)
                .setParameter("ids", periodIds).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return counts;
    }

    private static ReportingPeriodView view(ReportingPeriod period, Map<Long, long[]> counts) {
        long[] count = counts.getOrDefault(period.id, new long[] {0, 0});
        return ReportingPeriodView.of(period, count[0], count[1]);
    }
}
