package vn.ketnghia.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.agreement.AgreementScope;
import vn.ketnghia.agreement.AgreementService;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.visit.VisitDtos.ActionPointCounts;
import vn.ketnghia.visit.VisitDtos.ActionPointRequest;
import vn.ketnghia.visit.VisitDtos.ActionPointView;
import vn.ketnghia.visit.VisitDtos.MonitoringVisitListItem;
import vn.ketnghia.visit.VisitDtos.MonitoringVisitRequest;
import vn.ketnghia.visit.VisitDtos.MonitoringVisitUpdate;
import vn.ketnghia.visit.VisitDtos.MonitoringVisitView;
import vn.ketnghia.visit.VisitDtos.VisitHistoryEntry;
import vn.ketnghia.visit.VisitDtos.VisitSnapshot;
import static vn.ketnghia.common.text.Texts.blankToNull;

@ApplicationScoped
public class MonitoringVisitService {

    public static final String ENTITY = "monitoring_visit";

    private static final String SELECT = "select v from MonitoringVisit v join fetch v.agreement a join fetch a.organization o"
            + " join fetch a.period p join fetch a.recipient r join fetch a.district d";
    private static final String COUNT = "select count(v) from MonitoringVisit v join v.agreement a join a.organization o"
            + " join a.period p join a.recipient r join a.district d";
    private static final String COUNTS_BY_VISIT = "select ap.visit.id, count(ap),"
            + " sum(case when ap.status in (:open, :inProgress) then 1 else 0 end),"
            + " sum(case when ap.status in (:open, :inProgress) and ap.dueDate < :today then 1 else 0 end)"
            + " from ActionPoint ap where ap.visit.id in :ids group by ap.visit.id";
    private static final Map<String, String> SORTS = Map.of(
            "visitDate", "v.visitDate", "createdAt", "v.createdAt", "updatedAt", "v.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Inject
    AgreementService agreements;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MonitoringVisitListItem> list(MonitoringVisitFilter filter, PageQuery paging) {
        QueryBuilder query = filter.applyTo(AgreementScope.restrict(new QueryBuilder(), caller.scope(), "a"), "a")
                .and("a.id = :p", filter.agreementId)
                .and("v.visitDate >= :p", filter.from)
                .and("v.visitDate <= :p", filter.to)
                .matches(filter.q, "v.searchText", "o.nameSearch", "r.nameSearch");
        String order = Sort.orderBy(paging.sort, SORTS, "v.visitDate desc", "v.id");
        Page<MonitoringVisit> page = query.page(em, COUNT, SELECT, order, MonitoringVisit.class, paging);
        Map<Long, ActionPointCounts> counts = actionPointCounts(page.items().stream().map(v -> v.id).toList());
        return page.map(v -> MonitoringVisitListItem.of(v, counts.getOrDefault(v.id, ActionPointCounts.NONE)));
    }

    /** The visit if it exists and its agreement lies in the caller's scope; otherwise 404, whichever it was. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitoringVisit findInScope(long id) {
        QueryBuilder query = AgreementScope.restrict(new QueryBuilder(), caller.scope(), "a").and("v.id = :p", id);
        List<MonitoringVisit> rows = query.query(em, SELECT + query.where(), MonitoringVisit.class).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Chuyến kiểm tra / monitoring visit " + id);
        }
        return rows.get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitoringVisitView view(MonitoringVisit visit) {
        LocalDate today = ProgrammeDate.today();
        List<ActionPoint> points = ActionPoint.list("visit.id = ?1 order by id", visit.id);
        return MonitoringVisitView.of(visit, points.stream().map(ap -> ActionPointView.of(ap, today)).toList());
    }

    /** The visit's changes and those of its action points, in the order they happened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitHistoryEntry> history(long id) {
        findInScope(id);
        List<Long> pointIds = em.createQuery("select ap.id from ActionPoint ap where ap.visit.id = :id", Long.class)
                .setParameter("id", id).getResultList();
        List<VisitHistoryEntry> entries = new ArrayList<>();
        history.of(ENTITY, id).forEach(change -> entries.add(new VisitHistoryEntry(ENTITY, id, change)));
        history.ofEach(ActionPointService.ENTITY, pointIds).forEach((pointId, changes) ->
                changes.forEach(change -> entries.add(new VisitHistoryEntry(ActionPointService.ENTITY, pointId, change))));
        entries.sort(Comparator.comparingLong(entry -> entry.change().id()));
        return entries;
    }

    @Transactional
    public MonitoringVisit create(MonitoringVisitRequest request) {
        Agreement agreement = agreements.findInScope(request.agreementId());
        if (agreement.status == AgreementStatus.PROPOSED) {
            throw ApiException.invalidState("Chỉ kiểm tra theo thỏa thuận đã ký; thỏa thuận " + agreement.id
                    + " còn ở trạng thái đề xuất / visits follow a signed agreement; agreement " + agreement.id + " is still proposed");
        }
        requireVisitDate(agreement, request.visitDate());
        List<ActionPointRequest> points = request.actionPoints() == null ? List.of() : request.actionPoints();
        for (int i = 0; i < points.size(); i++) {
            ActionPointService.requireDueDate(points.get(i).dueDate(), request.visitDate(), "/actionPoints/" + i + "/dueDate");
        }
        MonitoringVisit visit = new MonitoringVisit();
        visit.agreement = agreement;
        apply(visit, request.visitDate(), request.participants(), request.findings());
        visit.persist();
        List<ActionPoint> created = new ArrayList<>();
        for (ActionPointRequest point : points) {
            ActionPoint actionPoint = new ActionPoint();
            actionPoint.visit = visit;
            actionPoint.status = ActionPointStatus.OPEN;
            ActionPointService.apply(actionPoint, point);
            actionPoint.persist();
            created.add(actionPoint);
        }
        em.flush();
        history.record(ENTITY, visit.id, "created", null, VisitSnapshot.of(visit));
        LocalDate today = ProgrammeDate.today();
        for (ActionPoint actionPoint : created) {
            history.record(ActionPointService.ENTITY, actionPoint.id, "created", null, ActionPointView.of(actionPoint, today));
        }
        return visit;
    }

    @Transactional
    public MonitoringVisit update(long id, String ifMatch, MonitoringVisitUpdate request) {
        MonitoringVisit visit = findInScope(id);
        IfMatch.check(ifMatch, visit.version);
        requireVisitDate(visit.agreement, request.visitDate());
        VisitSnapshot before = VisitSnapshot.of(visit);
        apply(visit, request.visitDate(), request.participants(), request.findings());
        visit.flush();
        history.record(ENTITY, visit.id, "updated", before, VisitSnapshot.of(visit));
        return visit;
    }

    private static void requireVisitDate(Agreement agreement, LocalDate visitDate) {
        if (visitDate.isBefore(agreement.startDate)) {
            throw ApiException.invalid("/visitDate", "không được trước ngày bắt đầu thỏa thuận (" + agreement.startDate
                    + ") / must not be before the agreement started");
        }
        if (visitDate.isAfter(ProgrammeDate.today())) {
            throw ApiException.invalid("/visitDate", "không được ở tương lai / must not be in the future");
        }
    }

    private static void apply(MonitoringVisit visit, LocalDate visitDate, String participants, String findings) {
        visit.visitDate = visitDate;
        visit.participants = participants.trim();
        visit.findings = blankToNull(findings);
    }

    private Map<Long, ActionPointCounts> actionPointCounts(List<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(COUNTS_BY_VISIT, Object[].class)
                .setParameter("open", ActionPointStatus.OPEN)
                .setParameter("inProgress", ActionPointStatus.IN_PROGRESS)
                .setParameter("today", ProgrammeDate.today())
                .setParameter("ids", visitIds)
                .getResultList();
        Map<Long, ActionPointCounts> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((Long) row[0], new ActionPointCounts(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        return counts;
    }
}
