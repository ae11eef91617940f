package vn.ketnghia.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ketnghia.catalog.SupportCategoryDtos.SupportAreaView;
import vn.ketnghia.catalog.SupportCategoryDtos.SupportCategoryRequest;
import vn.ketnghia.catalog.SupportCategoryDtos.SupportCategoryView;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.web.IfMatch;
import static vn.ketnghia.common.text.Texts.blankToNull;

@ApplicationScoped
public class SupportCategoryService {

    static final String ENTITY = "support_category";

    private static final String SELECT = "select c from SupportCategory c";
    private static final String COUNT = "select count(c) from SupportCategory c";
    /** The order of task 1b (spiritual, material, production), which the alphabetical codes would not give. */
    private static final String AREA_ORDER = "case c.area when vn.ketnghia.catalog.SupportArea.SPIRITUAL then 0"
            + " when vn.ketnghia.catalog.SupportArea.MATERIAL then 1 else 2 end";
    private static final Map<String, String> SORTS = Map.of(
            "area", AREA_ORDER, "sortOrder", "c.sortOrder", "name", "c.name", "code", "c.code");

    @Inject
    EntityManager em;

    @Inject
    History history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SupportCategoryView> list(SupportCategoryFilter filter, PageQuery paging) {
        QueryBuilder query = new QueryBuilder()
                .and("c.area = :p", Coded.parse(SupportArea.class, "area", filter.area))
                .and("c.active = :p", filter.active)
                .matches(filter.q, "c.nameSearch");
        String order = Sort.orderBy(paging.sort, SORTS, AREA_ORDER + ", c.sortOrder", "c.id");
        return query.page(em, COUNT, SELECT, order, SupportCategory.class, paging).map(SupportCategoryView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportAreaView> areas() {
        Map<SupportArea, Long> counts = new EnumMap<>(SupportArea.class);
        em.createQuery("select c.area, count(c) from SupportCategory c group by c.area", Object[].class).getResultList()
                .forEach(row -> counts.put((SupportArea) row[0], (Long) row[1]));
        return Arrays.stream(SupportArea.values())
                .map(area -> new SupportAreaView(area.code(), area.vietnameseName(), counts.getOrDefault(area, 0L)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportCategory get(long id) {
        return SupportCategory.<SupportCategory>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Loại hỗ trợ / support category " + id));
    }

    @Transactional
    public SupportCategory create(SupportCategoryRequest request) {
        validate(request, null);
        SupportCategory category = new SupportCategory();
        apply(category, request);
        category.active = request.active() == null || request.active();
        category.persistAndFlush();
        history.record(ENTITY, category.id, "created", null, SupportCategoryView.of(category));
        return category;
    }

    @Transactional
    public SupportCategory update(long id, String ifMatch, SupportCategoryRequest request) {
        SupportCategory category = get(id);
        IfMatch.check(ifMatch, category.version);
        validate(request, category.id);
        SupportCategoryView before = SupportCategoryView.of(category);
        apply(category, request);
        if (request.active() != null) {
            category.active = request.active();
        }
        category.flush();
        history.record(ENTITY, category.id, "updated", before, SupportCategoryView.of(category));
        return category;
    }

    private static void validate(SupportCategoryRequest request, Long selfId) {
        SupportCategory sameCode = SupportCategory.find("code", request.code().trim()).firstResult();
        if (sameCode != null && !sameCode.id.equals(selfId)) {
            throw ApiException.conflict("Mã loại hỗ trợ đã tồn tại / support category code already exists: " + request.code().trim());
        }
    }

    private static void apply(SupportCategory category, SupportCategoryRequest request) {
        category.area = request.area();
        category.code = request.code().trim();
        category.description = blankToNull(request.description());
        category.sortOrder = request.sortOrder() == null ? 0 : request.sortOrder();
        category.rename(request.name().trim());
    }
}
