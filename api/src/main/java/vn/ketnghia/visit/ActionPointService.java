package vn.ketnghia.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ketnghia.agreement.AgreementScope;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.visit.VisitDtos.ActionPointListItem;
import vn.ketnghia.visit.VisitDtos.ActionPointRequest;
import vn.ketnghia.visit.VisitDtos.ActionPointView;
import static vn.ketnghia.common.text.Texts.blankToNull;

@ApplicationScoped
public class ActionPointService {

    public static final String ENTITY = "action_point";

    private static final List<ActionPointStatus> UNRESOLVED = List.of(ActionPointStatus.OPEN, ActionPointStatus.IN_PROGRESS);
    private static final String SELECT = "select ap from ActionPoint ap join fetch ap.visit v join fetch v.agreement a"
            + " join fetch a.organization o join fetch a.period p join fetch a.recipient r join fetch a.district d";
    private static final String COUNT = "select count(ap) from ActionPoint ap join ap.visit v join v.agreement a"
            + " join a.organization o join a.period p join a.recipient r join a.district d";
    private static final Map<String, String> SORTS = Map.of(
            "dueDate", "ap.dueDate", "status", "ap.status", "visitDate", "v.visitDate", "updatedAt", "ap.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Inject
    MonitoringVisitService visits;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionPointListItem> list(ActionPointFilter filter, PageQuery paging) {
        LocalDate today = ProgrammeDate.today();
        QueryBuilder query = AgreementScope.restrict(new QueryBuilder(), caller.scope(), "a")
                .and("ap.status = :p", Coded.parse(ActionPointStatus.class, "status", filter.status))
                .and("a.id = :p", filter.agreementId)
                .and("d.id = :p", filter.districtId)
                .and("o.id = :p", filter.organizationId);
        if (Boolean.TRUE.equals(filter.overdue)) {
            query.andAll("(ap.dueDate < :today and ap.status in :unresolved)", Map.of("today", today, "unresolved", UNRESOLVED));
        } else if (Boolean.FALSE.equals(filter.overdue)) {
            query.andAll("(ap.dueDate is null or ap.dueDate >= :today or ap.status not in :unresolved)",
                    Map.of("today", today, "unresolved", UNRESOLVED));
        }
        String order = Sort.orderBy(paging.sort, SORTS, "ap.dueDate asc nulls last", "ap.id");
        return query.page(em, COUNT, SELECT, order, ActionPoint.class, paging).map(ap -> ActionPointListItem.of(ap, today));
    }

    /** The action point if it belongs to this visit and the visit lies in the caller's scope; otherwise 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPoint findInScope(long visitId, long id) {
        QueryBuilder query = AgreementScope.restrict(new QueryBuilder(), caller.scope(), "a")
                .and("ap.id = :p", id)
                .and("v.id = :p", visitId);
        List<ActionPoint> rows = query.query(em, SELECT + query.where(), ActionPoint.class).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Việc cần làm / action point " + id);
        }
        return rows.get(0);
    }

    /** Adding a point needs no If-Match (nothing is overwritten), but the visit's ETag moves because its view changed. */
    @Transactional
    public ActionPoint create(long visitId, ActionPointRequest request) {
        MonitoringVisit visit = visits.findInScope(visitId);
        requireDueDate(request.dueDate(), visit.visitDate, "/dueDate");
        ActionPoint actionPoint = new ActionPoint();
        actionPoint.visit = visit;
        actionPoint.status = ActionPointStatus.OPEN;
        apply(actionPoint, request);
        actionPoint.persist();
        visit.touch();
        em.flush();
        history.record(ENTITY, actionPoint.id, "created", null, view(actionPoint));
        return actionPoint;
    }

    @Transactional
    public ActionPoint update(long visitId, long id, String ifMatch, ActionPointRequest request) {
        ActionPoint actionPoint = findInScope(visitId, id);
        IfMatch.check(ifMatch, actionPoint.version);
        requireDueDate(request.dueDate(), actionPoint.visit.visitDate, "/dueDate");
        ActionPointView before = view(actionPoint);
        apply(actionPoint, request);
        return save(actionPoint, "updated", before, null);
    }

    @Transactional
    public ActionPoint start(long visitId, long id, String ifMatch, String note) {
        ActionPoint actionPoint = stepFrom(visitId, id, ifMatch, Set.of(ActionPointStatus.OPEN), ActionPointStatus.IN_PROGRESS);
        ActionPointView before = view(actionPoint);
        actionPoint.status = ActionPointStatus.IN_PROGRESS;
        return save(actionPoint, "started", before, note);
    }

    @Transactional
    public ActionPoint complete(long visitId, long id, String ifMatch, LocalDate completedOn, String note) {
        ActionPoint actionPoint = stepFrom(visitId, id, ifMatch, Set.copyOf(UNRESOLVED), ActionPointStatus.DONE);
        LocalDate day = completedOn == null ? ProgrammeDate.today() : completedOn;
        if (day.isAfter(ProgrammeDate.today())) {
            throw ApiException.invalid("/completedOn", "không được ở tương lai / must not be in the future");
        }
        if (day.isBefore(actionPoint.visit.visitDate)) {
            throw ApiException.invalid("/completedOn", "không được trước ngày kiểm tra / must not be before the visit");
        }
        ActionPointView before = view(actionPoint);
        actionPoint.status = ActionPointStatus.DONE;
        actionPoint.completedOn = day;
        return save(actionPoint, "completed", before, note);
    }

    @Transactional
    public ActionPoint cancel(long visitId, long id, String ifMatch, String note) {
        ActionPoint actionPoint = stepFrom(visitId, id, ifMatch, Set.copyOf(UNRESOLVED), ActionPointStatus.CANCELLED);
        ActionPointView before = view(actionPoint);
        actionPoint.status = ActionPointStatus.CANCELLED;
        return save(actionPoint, "cancelled", before, note);
    }

    @Transactional
    public ActionPoint reopen(long visitId, long id, String ifMatch, String note) {
        ActionPoint actionPoint = stepFrom(visitId, id, ifMatch, Set.of(ActionPointStatus.DONE, ActionPointStatus.CANCELLED),
                ActionPointStatus.OPEN);
        ActionPointView before = view(actionPoint);
        actionPoint.status = ActionPointStatus.OPEN;
        actionPoint.completedOn = null;
        return save(actionPoint, "reopened", before, note);
    }

    static ActionPointView view(ActionPoint actionPoint) {
        return ActionPointView.of(actionPoint, ProgrammeDate.today());
    }

    static void apply(ActionPoint actionPoint, ActionPointRequest request) {
        actionPoint.description = request.description().trim();
        actionPoint.owner = request.owner().trim();
        actionPoint.dueDate = request.dueDate();
    }

    static void requireDueDate(LocalDate dueDate, LocalDate visitDate, String pointer) {
        if (dueDate != null && dueDate.isBefore(visitDate)) {
            throw ApiException.invalid(pointer, "không được trước ngày kiểm tra / must not be before the visit date");
        }
    }

    private ActionPoint stepFrom(long visitId, long id, String ifMatch, Set<ActionPointStatus> allowedFrom, ActionPointStatus target) {
        ActionPoint actionPoint = findInScope(visitId, id);
        IfMatch.check(ifMatch, actionPoint.version);
        if (!allowedFrom.contains(actionPoint.status)) {
            throw ApiException.invalidState("Không thể chuyển từ '" + actionPoint.status.code() + "' sang '" + target.code()
                    + "' / cannot go from " + actionPoint.status.code() + " to " + target.code());
        }
        return actionPoint;
    }

    /** Every change of a point also moves its visit's ETag: the visit's view lists its points. */
    private ActionPoint save(ActionPoint actionPoint, String action, ActionPointView before, String note) {
        actionPoint.visit.touch();
        em.flush();
        history.record(ENTITY, actionPoint.id, action, before, view(actionPoint), blankToNull(note));
        return actionPoint;
    }
}
