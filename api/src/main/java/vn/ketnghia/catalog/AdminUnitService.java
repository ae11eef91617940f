package vn.ketnghia.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ketnghia.catalog.AdminUnitDtos.AdminUnitNode;
import vn.ketnghia.catalog.AdminUnitDtos.AdminUnitRequest;
import vn.ketnghia.catalog.AdminUnitDtos.AdminUnitView;
import vn.ketnghia.catalog.AdminUnitDtos.FlagRequest;
import vn.ketnghia.catalog.AdminUnitDtos.FlagView;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.web.IfMatch;

@ApplicationScoped
public class AdminUnitService {

    static final String ENTITY = "admin_unit";

    private static final String SELECT = "select u from AdminUnit u left join fetch u.parent pa";
    private static final String COUNT = "select count(u) from AdminUnit u left join u.parent pa";
    /** Province before district before commune, which the alphabetical codes would not give. */
    private static final String LEVEL_ORDER = "case u.level when vn.ketnghia.catalog.AdminLevel.PROVINCE then 0"
            + " when vn.ketnghia.catalog.AdminLevel.DISTRICT then 1 else 2 end";
    private static final Map<String, String> SORTS = Map.of("name", "u.name", "code", "u.code", "level", LEVEL_ORDER);
    private static final Map<AdminLevel, Set<String>> KINDS = Map.of(
            AdminLevel.PROVINCE, Set.of("province"),
            AdminLevel.DISTRICT, Set.of("city", "town", "district"),
            AdminLevel.COMMUNE, Set.of("commune", "ward", "township"));

    @Inject
    EntityManager em;

    @Inject
    History history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdminUnitView> list(AdminUnitFilter filter, PageQuery paging) {
        QueryBuilder query = new QueryBuilder()
                .and("u.level = :p", Coded.parse(AdminLevel.class, "level", filter.level))
                .and("pa.id = :p", filter.parentId)
                .and("u.terrain = :p", Coded.parse(Terrain.class, "terrain", filter.terrain))
                .matches(filter.q, "u.nameSearch", "lower(u.code)");
        if (!filter.includeAbolished) {
            query.and("u.abolishedOn is null");
        }
        if (filter.periodId != null) {
            requirePeriod(filter.periodId);
        }
        flagCondition(query, "especiallyDifficult", filter.especiallyDifficult, filter.periodId);
        flagCondition(query, "ethnicMinorityArea", filter.ethnicMinorityArea, filter.periodId);
        flagCondition(query, "border", filter.border, filter.periodId);
        String order = Sort.orderBy(paging.sort, SORTS, LEVEL_ORDER + ", u.name", "u.id");
        Page<AdminUnit> page = query.page(em, COUNT, SELECT, order, AdminUnit.class, paging);
        return new Page<>(views(page.items()), page.page(), page.size(), page.total());
    }

    /** A unit without a flag row for the period counts as having every flag false. */
    private static void flagCondition(QueryBuilder query, String flag, Boolean wanted, Long periodId) {
        if (wanted == null) {
            return;
        }
        if (periodId == null) {
            throw ApiException.invalidParameter(flag, "cần kèm periodId / needs periodId");
        }
        query.and((wanted ? "exists" : "not exists") + " (select 1 from AdminUnitFlag f where f.adminUnit = u"
                + " and f.period.id = :p and f." + flag + " = true)", periodId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdminUnit get(long id) {
        List<AdminUnit> rows = em.createQuery(SELECT + " where u.id = :id", AdminUnit.class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Đơn vị hành chính / administrative unit " + id);
        }
        return rows.get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdminUnitView read(long id) {
        return view(get(id));
    }

    private AdminUnitView view(AdminUnit unit) {
        return views(List.of(unit)).get(0);
    }

    /** Views of several units with their flags and child counts in two extra queries, whatever their number. */
    private List<AdminUnitView> views(List<AdminUnit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Long> ids = units.stream().map(u -> u.id).toList();
        Map<Long, List<FlagView>> flags = new HashMap<>();
        em.createQuery("select f from AdminUnitFlag f join fetch f.period p where f.key.adminUnitId in :ids"
                        + " order by p.startYear, p.id", AdminUnitFlag.class)
                .setParameter("ids", ids).getResultList()
                .forEach(f -> flags.computeIfAbsent(f.key.adminUnitId, k -> new ArrayList<>()).add(FlagView.of(f)));
        Map<Long, Long> children = new HashMap<>();
        em.createQuery("select c.parent.id, count(c) from AdminUnit c where c.parent.id in :ids group by c.parent.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> children.put((Long) row[0], (Long) row[1]));
        return units.stream()
                .map(u -> AdminUnitView.of(u, flags.getOrDefault(u.id, List.of()), children.getOrDefault(u.id, 0L)))
                .toList();
    }

    /**
     * The whole hierarchy in two queries (units, then the period's flags), assembled in memory: the
     * catalogue is a few thousand rows at most, and a tree walked query by query would be thousands.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdminUnitNode> tree(Long periodId, boolean includeAbolished) {
        Period period = periodId == null ? null : requirePeriod(periodId);
        Map<Long, FlagView> flags = new HashMap<>();
        if (period != null) {
            em.createQuery("select f.key.adminUnitId, f.especiallyDifficult, f.ethnicMinorityArea, f.border"
                            + " from AdminUnitFlag f where f.key.periodId = :period", Object[].class)
                    .setParameter("period", period.id).getResultList()
                    .forEach(row -> flags.put((Long) row[0],
                            new FlagView(period.id, period.code, (Boolean) row[1], (Boolean) row[2], (Boolean) row[3])));
        }
        List<Object[]> rows = em.createQuery("select u.id, u.parent.id, u.level, u.code, u.name, u.kind, u.terrain, u.abolishedOn"
                        + " from AdminUnit u" + (includeAbolished ? "" : " where u.abolishedOn is null")
                        + " order by u.name, u.id", Object[].class)
                .getResultList();
        Map<Long, List<AdminUnitNode>> childrenOf = new HashMap<>();
        Map<Long, Long> parentOf = new LinkedHashMap<>();
        Map<Long, AdminUnitNode> nodes = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            String kind = (String) row[5];
            List<AdminUnitNode> children = childrenOf.computeIfAbsent(id, k -> new ArrayList<>());
            FlagView flag = period == null ? null
                    : flags.getOrDefault(id, new FlagView(period.id, period.code, false, false, false));
            nodes.put(id, new AdminUnitNode(id, (AdminLevel) row[2], (String) row[3], (String) row[4], kind,
                    AdminUnit.kindLabel(kind), (Terrain) row[6], (LocalDate) row[7], flag, children));
            parentOf.put(id, (Long) row[1]);
        }
        List<AdminUnitNode> roots = new ArrayList<>();
        parentOf.forEach((id, parentId) -> {
            if (parentId == null) {
                roots.add(nodes.get(id));
            } else if (nodes.containsKey(parentId)) {
                childrenOf.get(parentId).add(nodes.get(id));
            }
        });
        return roots;
    }

    @Transactional
    public AdminUnitView create(AdminUnitRequest request) {
        AdminUnit parent = validate(request, null);
        Map<Long, Period> periods = periodsOf(request);
        AdminUnit unit = new AdminUnit();
        apply(unit, request, parent);
        unit.persistAndFlush();
        replaceFlags(unit, request, periods);
        unit.flush();
        AdminUnitView created = view(unit);
        history.record(ENTITY, unit.id, "created", null, created);
        return created;
    }

    @Transactional
    public AdminUnitView update(long id, String ifMatch, AdminUnitRequest request) {
        AdminUnit unit = get(id);
        IfMatch.check(ifMatch, unit.version);
        AdminUnit parent = validate(request, unit.id);
        Map<Long, Period> periods = periodsOf(request);
        checkDependants(unit, request, parent);
        AdminUnitView before = view(unit);
        apply(unit, request, parent);
        if (replaceFlags(unit, request, periods)) {
            unit.touch();
        }
        unit.flush();
        AdminUnitView after = view(unit);
        history.record(ENTITY, unit.id, "updated", before, after);
        return after;
    }

    private Period requirePeriod(long periodId) {
        Period period = Period.findById(periodId);
        if (period == null) {
            throw ApiException.invalidParameter("periodId", "giai đoạn không tồn tại / no such period");
        }
        return period;
    }

    private AdminUnit validate(AdminUnitRequest request, Long selfId) {
        AdminLevel level = request.level();
        String kind = request.kind().trim();
        if (!KINDS.get(level).contains(kind)) {
            throw ApiException.invalid("/kind", "với cấp " + level.code() + " chỉ nhận / for level " + level.code() + " allowed: "
                    + String.join(", ", KINDS.get(level).stream().sorted().toList()));
        }
        if (level == AdminLevel.DISTRICT && request.terrain() == null) {
            throw ApiException.invalid("/terrain", "bắt buộc với cấp huyện / required for a district");
        }
        if (level != AdminLevel.DISTRICT && request.terrain() != null) {
            throw ApiException.invalid("/terrain", "chỉ dùng cho cấp huyện / only districts have a terrain");
        }
        AdminUnit parent = parentFor(level, request.parentId());
        if (level == AdminLevel.PROVINCE && request.flags() != null && !request.flags().isEmpty()) {
            throw ApiException.invalid("/flags", "chỉ xã và huyện có cờ theo giai đoạn / only communes and districts have flags");
        }
        AdminUnit sameCode = AdminUnit.find("code", request.code().trim()).firstResult();
        if (sameCode != null && !sameCode.id.equals(selfId)) {
            throw ApiException.conflict("Mã đơn vị hành chính đã tồn tại / administrative unit code already exists: " + request.code().trim());
        }
        return parent;
    }

    private static AdminUnit parentFor(AdminLevel level, Long parentId) {
        AdminLevel expected = switch (level) {
            case PROVINCE -> null;
            case DISTRICT -> AdminLevel.PROVINCE;
            case COMMUNE -> AdminLevel.DISTRICT;
        };
        if (expected == null) {
            if (parentId != null) {
                throw ApiException.invalid("/parentId", "tỉnh không có đơn vị cấp trên / a province has no parent");
            }
            return null;
        }
        if (parentId == null) {
            throw ApiException.invalid("/parentId", "bắt buộc / required");
        }
        AdminUnit parent = AdminUnit.findById(parentId);
        if (parent == null) {
            throw ApiException.invalid("/parentId", "không tồn tại / does not exist");
        }
        if (parent.level != expected) {
            throw ApiException.invalid("/parentId", "đơn vị cấp trên phải là " + expected.code() + " / the parent must be a " + expected.code());
        }
        return parent;
    }

    /** The periods named by the flags, loaded in one query; duplicates and unknown periods are refused. */
    private static Map<Long, Period> periodsOf(AdminUnitRequest request) {
        List<FlagRequest> flags = request.flags() == null ? List.of() : request.flags();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < flags.size(); i++) {
            if (!seen.add(flags.get(i).periodId())) {
                throw ApiException.invalid("/flags/" + i + "/periodId", "giai đoạn bị lặp / period given twice");
            }
        }
        Map<Long, Period> periods = new HashMap<>();
        if (!seen.isEmpty()) {
            Period.<Period>list("id in ?1", seen).forEach(p -> periods.put(p.id, p));
        }
        for (int i = 0; i < flags.size(); i++) {
            if (!periods.containsKey(flags.get(i).periodId())) {
                throw ApiException.invalid("/flags/" + i + "/periodId", "giai đoạn không tồn tại / no such period");
            }
        }
        return periods;
    }

    /**
     * Level and parent are what agreements, partner organisations and child units hang on: an
     * agreement's receiving district is copied from its commune's parent, and a lowland-district
     * partner must point at a lowland district. Changing them under those would silently break both.
     */
    private void checkDependants(AdminUnit unit, AdminUnitRequest request, AdminUnit newParent) {
        boolean levelChanges = unit.level != request.level();
        boolean parentChanges = !Objects.equals(unit.parent == null ? null : unit.parent.id, newParent == null ? null : newParent.id);
        boolean leavesLowland = unit.terrain == Terrain.LOWLAND && request.terrain() != Terrain.LOWLAND;
        if (!levelChanges && !parentChanges && !leavesLowland) {
            return;
        }
        long agreements = em.createQuery("select count(a) from Agreement a where a.recipient.id = :id or a.district.id = :id", Long.class)
                .setParameter("id", unit.id).getSingleResult();
        long partners = Organization.count("adminUnit.id", unit.id);
        if (levelChanges) {
            long children = AdminUnit.count("parent.id", unit.id);
            if (children > 0 || agreements > 0 || partners > 0) {
                throw ApiException.invalidState("Không đổi cấp được khi đơn vị đã có đơn vị trực thuộc, thỏa thuận hoặc đơn vị kết nghĩa gắn với nó / "
                        + "the level cannot change once the unit has children, agreements or a partner organisation");
            }
        }
        if (parentChanges && agreements > 0) {
            throw ApiException.invalidState("Không đổi đơn vị cấp trên được khi đã có thỏa thuận kết nghĩa / "
                    + "the parent cannot change once the unit has agreements");
        }
        if (leavesLowland && partners > 0) {
            throw ApiException.invalidState("Huyện đồng bằng này là đơn vị kết nghĩa; không đổi địa hình được / "
                    + "this lowland district is a partner organisation; its terrain cannot change");
        }
    }

    private static void apply(AdminUnit unit, AdminUnitRequest request, AdminUnit parent) {
        unit.parent = parent;
        unit.level = request.level();
        unit.code = request.code().trim();
        unit.kind = request.kind().trim();
        unit.terrain = request.terrain();
        unit.abolishedOn = request.abolishedOn();
        unit.rename(request.name().trim());
    }

    /** Makes the unit's flags exactly the requested set; says whether anything changed. */
    private static boolean replaceFlags(AdminUnit unit, AdminUnitRequest request, Map<Long, Period> periods) {
        List<FlagRequest> wanted = request.flags() == null ? List.of() : request.flags();
        Set<Long> wantedPeriods = new HashSet<>(periods.keySet());
        boolean changed = unit.flags.removeIf(flag -> !wantedPeriods.contains(flag.key.periodId));
        for (FlagRequest w : wanted) {
            AdminUnitFlag flag = unit.flags.stream().filter(f -> w.periodId().equals(f.key.periodId)).findFirst().orElse(null);
            if (flag == null) {
                flag = new AdminUnitFlag();
                flag.key.adminUnitId = unit.id;
                flag.key.periodId = w.periodId();
                flag.adminUnit = unit;
                flag.period = periods.get(w.periodId());
                unit.flags.add(flag);
                changed = true;
            }
            if (flag.especiallyDifficult != w.especiallyDifficult() || flag.ethnicMinorityArea != w.ethnicMinorityArea()
                    || flag.border != w.border()) {
                flag.especiallyDifficult = w.especiallyDifficult();
                flag.ethnicMinorityArea = w.ethnicMinorityArea();
                flag.border = w.border();
                changed = true;
            }
        }
        return changed;
    }
}
