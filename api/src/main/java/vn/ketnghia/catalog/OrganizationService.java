package vn.ketnghia.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.ketnghia.catalog.OrganizationDtos.OrganizationRequest;
import vn.ketnghia.catalog.OrganizationDtos.OrganizationView;
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
public class OrganizationService {

    static final String ENTITY = "organization";

    private static final String SELECT = "select o from Organization o left join fetch o.adminUnit au";
    private static final String COUNT = "select count(o) from Organization o";
    private static final Map<String, String> SORTS = Map.of("name", "o.name", "code", "o.code", "kind", "o.kind");

    @Inject
    EntityManager em;

    @Inject
    History history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganizationView> list(OrganizationFilter filter, PageQuery paging) {
        QueryBuilder query = new QueryBuilder()
                .and("o.kind = :p", Coded.parse(OrganizationKind.class, "kind", filter.kind))
                .and("o.active = :p", filter.active)
                .matches(filter.q, "o.nameSearch");
        String order = Sort.orderBy(paging.sort, SORTS, "o.name", "o.id");
        return query.page(em, COUNT, SELECT, order, Organization.class, paging).map(OrganizationView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization get(long id) {
        List<Organization> rows = em.createQuery(SELECT + " where o.id = :id", Organization.class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Đơn vị kết nghĩa / organization " + id);
        }
        return rows.get(0);
    }

    @Transactional
    public Organization create(OrganizationRequest request) {
        validate(request, null);
        Organization organization = new Organization();
        apply(organization, request, districtFor(request));
        organization.active = request.active() == null || request.active();
        organization.persistAndFlush();
        history.record(ENTITY, organization.id, "created", null, OrganizationView.of(organization));
        return organization;
    }

    @Transactional
    public Organization update(long id, String ifMatch, OrganizationRequest request) {
        Organization organization = get(id);
        IfMatch.check(ifMatch, organization.version);
        validate(request, organization.id);
        OrganizationView before = OrganizationView.of(organization);
        apply(organization, request, districtFor(request));
        if (request.active() != null) {
            organization.active = request.active();
        }
        organization.flush();
        history.record(ENTITY, organization.id, "updated", before, OrganizationView.of(organization));
        return organization;
    }

    private static void validate(OrganizationRequest request, Long selfId) {
        Organization sameCode = Organization.find("code", request.code().trim()).firstResult();
        if (sameCode != null && !sameCode.id.equals(selfId)) {
            throw ApiException.conflict("Mã đơn vị đã tồn tại / organization code already exists: " + request.code().trim());
        }
    }

    /** A lowland district acting as partner is tied to its own administrative unit; no other kind is. */
    private static AdminUnit districtFor(OrganizationRequest request) {
        if (request.kind() != OrganizationKind.LOWLAND_DISTRICT) {
            if (request.adminUnitId() != null) {
                throw ApiException.invalid("/adminUnitId", "chỉ dùng cho huyện đồng bằng (lowland_district) / only for kind lowland_district");
            }
            return null;
        }
        if (request.adminUnitId() == null) {
            throw ApiException.invalid("/adminUnitId", "bắt buộc với huyện đồng bằng / required for kind lowland_district");
        }
        AdminUnit unit = AdminUnit.findById(request.adminUnitId());
        if (unit == null) {
            throw ApiException.invalid("/adminUnitId", "không tồn tại / does not exist");
        }
        if (unit.level != AdminLevel.DISTRICT || unit.terrain != Terrain.LOWLAND) {
            throw ApiException.invalid("/adminUnitId", "phải là huyện đồng bằng / must be a lowland district");
        }
        return unit;
    }

    private static void apply(Organization organization, OrganizationRequest request, AdminUnit district) {
        organization.code = request.code().trim();
        organization.kind = request.kind();
        organization.adminUnit = district;
        organization.address = blankToNull(request.address());
        organization.phone = blankToNull(request.phone());
        organization.email = blankToNull(request.email());
        organization.officerName = blankToNull(request.officerName());
        organization.officerTitle = blankToNull(request.officerTitle());
        organization.officerPhone = blankToNull(request.officerPhone());
        organization.officerEmail = blankToNull(request.officerEmail());
        organization.rename(request.name().trim());
    }
}
