package vn.ketnghia.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ketnghia.catalog.AdminLevel;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.catalog.SupportCategory;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.error.FieldError;
import vn.ketnghia.common.error.ProblemType;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Scope;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.need.NeedDtos.NeedFigures;
import vn.ketnghia.need.NeedDtos.NeedRequest;
import vn.ketnghia.need.NeedDtos.NeedView;
import static vn.ketnghia.common.text.Texts.blankToNull;

/**
 * Needs of the receiving communes. Everyone with a programme role reads every need (partners look
 * for communes to help beyond their own); a district writes the needs of its own communes, the
 * province any. The status open/pledged is derived from the active pledges in {@link #deriveStatus}
 * and nowhere else.
 */
@ApplicationScoped
public class NeedService {

    public static final String ENTITY = "commune_need";

    private static final String JOINS = " join n.commune cm join n.district d join n.category c";
    private static final String SELECT = "select n from CommuneNeed n join fetch n.commune cm join fetch n.district d join fetch n.category c";
    private static final String COUNT = "select count(n) from CommuneNeed n" + JOINS;
    private static final Map<String, String> SORTS = Map.of(
            "targetYear", "n.targetYear", "estimatedVnd", "n.estimatedVnd", "priority", "n.priorityRank", "status", "n.status",
            "createdAt", "n.createdAt", "updatedAt", "n.updatedAt", "commune", "cm.name", "district", "d.name", "title", "n.title");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NeedView> list(NeedFilter filter, PageQuery paging) {
        QueryBuilder query = new QueryBuilder()
                .and("d.id = :p", filter.districtId)
                .and("cm.id = :p", filter.communeId)
                .and("c.area = :p", Coded.parse(SupportArea.class, "area", filter.area))
                .and("c.id = :p", filter.categoryId)
                .and("n.status = :p", Coded.parse(NeedStatus.class, "status", filter.status))
                .and("n.priority = :p", Coded.parse(NeedPriority.class, "priority", filter.priority))
                .and("n.targetYear = :p", filter.year)
                .matches(filter.q, "n.textSearch", "cm.nameSearch", "d.nameSearch");
        if (filter.organizationId != null) {
            query.andAll("exists (select 1 from NeedPledge np where np.need = n and np.status = :active and np.organization.id = :org)",
                    Map.of("active", PledgeStatus.ACTIVE, "org", filter.organizationId));
        }
        String order = Sort.orderBy(paging.sort, SORTS, "n.priorityRank asc, n.targetYear asc", "n.id");
        Page<CommuneNeed> page = query.page(em, COUNT, SELECT, order, CommuneNeed.class, paging);
        Map<Long, NeedFigures> figures = figuresOf(page.items().stream().map(n -> n.id).toList());
        return page.map(n -> NeedView.of(n, figures.getOrDefault(n.id, NeedFigures.NONE)));
    }

    /** Every need is readable by every programme role; a missing id is 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommuneNeed find(long id) {
        List<CommuneNeed> rows = em.createQuery(SELECT + " where n.id = :id", CommuneNeed.class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Nhu cầu / need " + id);
        }
        return rows.get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NeedView view(CommuneNeed need) {
        return NeedView.of(need, figuresOf(List.of(need.id)).getOrDefault(need.id, NeedFigures.NONE));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        find(id);
        return history.of(ENTITY, id);
    }

    @Transactional
    public CommuneNeed create(NeedRequest request) {
        CommuneNeed need = new CommuneNeed();
        need.status = NeedStatus.OPEN;
        apply(need, request);
        need.persistAndFlush();
        history.record(ENTITY, need.id, "created", null, view(need));
        return need;
    }

    @Transactional
    public CommuneNeed update(long id, String ifMatch, NeedRequest request) {
        CommuneNeed need = writable(id, ifMatch);
        requireOpenOrPledged(need, "sửa / edited");
        if (!Objects.equals(request.communeId(), need.commune.id) && activePledges(need) > 0) {
            throw new ApiException(ProblemType.INVALID_STATE,
                    "Nhu cầu đã có đơn vị nhận hỗ trợ nên không đổi xã được / partners have pledged to this need, so its commune cannot change",
                    List.of(FieldError.body("/communeId", "không đổi được khi đã có cam kết / cannot change while pledged")));
        }
        NeedView before = view(need);
        apply(need, request);
        need.flush();
        history.record(ENTITY, need.id, "updated", before, view(need));
        return need;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        CommuneNeed need = writable(id, ifMatch);
        long pledges = em.createQuery("select count(p) from NeedPledge p where p.need = :need", Long.class)
                .setParameter("need", need).getSingleResult();
        if (pledges > 0) {
            throw ApiException.invalidState("Nhu cầu đã có đơn vị nhận hỗ trợ nên không xóa được; hãy hủy nhu cầu / "
                    + "partners have pledged to this need, so it cannot be deleted; cancel it instead");
        }
        NeedView before = view(need);
        need.delete();
        need.flush();
        history.record(ENTITY, id, "deleted", before, null);
    }

    @Transactional
    public CommuneNeed markMet(long id, String ifMatch, String note) {
        CommuneNeed need = writable(id, ifMatch);
        requireOpenOrPledged(need, "đánh dấu đã đáp ứng / marked met");
        return close(need, NeedStatus.MET, blankToNull(note), "met");
    }

    @Transactional
    public CommuneNeed cancel(long id, String ifMatch, String reason) {
        CommuneNeed need = writable(id, ifMatch);
        requireOpenOrPledged(need, "hủy / cancelled");
        long active = activePledges(need);
        if (active > 0) {
            throw ApiException.invalidState("Còn " + active + " cam kết hỗ trợ đang hiệu lực; đơn vị cần rút cam kết trước khi hủy nhu cầu / "
                    + active + " active pledge(s): the partners must withdraw them before the need is cancelled");
        }
        return close(need, NeedStatus.CANCELLED, reason.trim(), "cancelled");
    }

    @Transactional
    public CommuneNeed reopen(long id, String ifMatch) {
        CommuneNeed need = writable(id, ifMatch);
        if (need.status != NeedStatus.MET && need.status != NeedStatus.CANCELLED) {
            throw ApiException.invalidState("Nhu cầu đang mở; chỉ mở lại nhu cầu đã đáp ứng hoặc đã hủy / "
                    + "the need is open; only a met or cancelled need can be reopened");
        }
        NeedView before = view(need);
        need.status = NeedStatus.OPEN;
        need.statusNote = null;
        need.closedAt = null;
        need.closedBy = null;
        deriveStatus(need);
        need.flush();
        history.record(ENTITY, need.id, "reopened", before, view(need));
        return need;
    }

    /**
     * The one place that decides open versus pledged: a need that is neither met nor cancelled is
     * pledged exactly while it has an active pledge. Called after every change to its pledges.
     */
    void deriveStatus(CommuneNeed need) {
        if (need.status == NeedStatus.MET || need.status == NeedStatus.CANCELLED) {
            return;
        }
        need.status = activePledges(need) > 0 ? NeedStatus.PLEDGED : NeedStatus.OPEN;
    }

    long activePledges(CommuneNeed need) {
        em.flush();
        return em.createQuery("select count(p) from NeedPledge p where p.need = :need and p.status = :active", Long.class)
                .setParameter("need", need).setParameter("active", PledgeStatus.ACTIVE).getSingleResult();
    }

    /** The need, if the caller may change it (a district only its own district's), with If-Match checked. */
    CommuneNeed writable(long id, String ifMatch) {
        CommuneNeed need = find(id);
        requireWritesIn(need.district.id);
        IfMatch.check(ifMatch, need.version);
        return need;
    }

    private void requireWritesIn(long districtId) {
        switch (caller.scope()) {
            case Scope.All all -> {
            }
            case Scope.District d when d.districtId() == districtId -> {
            }
            default -> throw ApiException.forbidden("Huyện chỉ quản lý nhu cầu của các xã trong huyện mình / "
                    + "a district manages only the needs of its own communes");
        }
    }

    private CommuneNeed close(CommuneNeed need, NeedStatus status, String note, String action) {
        NeedView before = view(need);
        need.status = status;
        need.statusNote = note;
        need.closedAt = OffsetDateTime.now(ZoneOffset.UTC);
        need.closedBy = caller.username();
        need.flush();
        history.record(ENTITY, need.id, action, before, view(need), note);
        return need;
    }

    private static void requireOpenOrPledged(CommuneNeed need, String what) {
        if (need.status == NeedStatus.MET || need.status == NeedStatus.CANCELLED) {
            throw ApiException.invalidState("Nhu cầu đã " + (need.status == NeedStatus.MET ? "được đáp ứng" : "bị hủy")
                    + " nên không thể " + what.split(" / ")[0] + "; hãy mở lại trước / the need is " + need.status.code()
                    + ", so it cannot be " + what.split(" / ")[1] + "; reopen it first");
        }
    }

    private void apply(CommuneNeed need, NeedRequest request) {
        if (!(caller.scope() instanceof Scope.All) && !(caller.scope() instanceof Scope.District)) {
            throw ApiException.forbidden("Tài khoản không gắn với huyện nào / your account acts for no district");
        }
        AdminUnit commune = AdminUnit.findById(request.communeId());
        if (commune == null || commune.level != AdminLevel.COMMUNE) {
            throw ApiException.invalid("/communeId", "không phải xã / is not a commune");
        }
        if (commune.abolishedOn != null && !Objects.equals(need.commune == null ? null : need.commune.id, commune.id)) {
            throw ApiException.invalid("/communeId", "xã đã giải thể / the commune was abolished");
        }
        if (caller.scope() instanceof Scope.District d && commune.parent.id != d.districtId()) {
            throw new ApiException(ProblemType.FORBIDDEN,
                    "Huyện chỉ đăng nhu cầu của các xã trong huyện mình / a district posts needs only for its own communes",
                    List.of(FieldError.body("/communeId", "phải là xã thuộc huyện của bạn / must be a commune of your district")));
        }
        SupportCategory category = SupportCategory.findById(request.categoryId());
        if (category == null) {
            throw ApiException.invalid("/categoryId", "không tồn tại / does not exist");
        }
        boolean keepsItsCategory = need.category != null && need.category.id.equals(category.id);
        if (!category.active && !keepsItsCategory) {
            throw ApiException.invalid("/categoryId", "danh mục đã ngừng sử dụng / category is no longer in use");
        }
        need.commune = commune;
        need.district = commune.parent;
        need.category = category;
        need.title = request.title().trim();
        need.description = blankToNull(request.description());
        need.estimatedVnd = request.estimatedVnd();
        need.priority = request.priority();
        need.targetYear = request.targetYear();
    }

    /**
     * Pledged and delivered sums of many needs in two queries. Native because support records and
     * plan items belong to other features; this reads only their link and value columns.
     */
    Map<Long, NeedFigures> figuresOf(Collection<Long> needIds) {
        if (needIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> sums = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> pledged = em.createNativeQuery("select need_id, sum(pledged_vnd), count(*) from need_pledge"
                        + " where status = 'active' and need_id in (:ids) group by need_id")
                .setParameter("ids", needIds).getResultList();
        for (Object[] row : pledged) {
            sums.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[3])[0] = ((Number) row[1]).longValue();
            sums.get(((Number) row[0]).longValue())[1] = ((Number) row[2]).longValue();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> delivered = em.createNativeQuery("select p.need_id, sum(s.value_vnd) from need_pledge p"
                        + " join support_record s on s.plan_item_id = p.plan_item_id"
                        + " where p.status = 'active' and p.need_id in (:ids) group by p.need_id")
                .setParameter("ids", needIds).getResultList();
        for (Object[] row : delivered) {
            sums.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[3])[2] = ((Number) row[1]).longValue();
        }
        Map<Long, NeedFigures> figures = new HashMap<>();
        sums.forEach((id, s) -> figures.put(id, new NeedFigures(s[0], s[1], s[2])));
        return figures;
    }
}
