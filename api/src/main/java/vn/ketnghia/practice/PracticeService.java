package vn.ketnghia.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.agreement.AgreementService;
import vn.ketnghia.agreement.AgreementSummary;
import vn.ketnghia.catalog.AdminLevel;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.file.ContentTypes;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.security.Scope;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.common.web.Ref;
import vn.ketnghia.practice.PracticeDtos.FileView;
import vn.ketnghia.practice.PracticeDtos.PracticeListItem;
import vn.ketnghia.practice.PracticeDtos.PracticeRequest;
import vn.ketnghia.practice.PracticeDtos.PracticeUpdate;
import vn.ketnghia.practice.PracticeDtos.PracticeView;
import vn.ketnghia.practice.PracticeDtos.Snapshot;
import vn.ketnghia.practice.PracticeDtos.TagCount;

/**
 * Good practices (task 1d). Who sees what: a published practice is read by everyone signed in, in
 * any scope, because sharing it is the point. A draft is seen only by those who may edit it: the
 * province's office (role province), the author unit, and the district the linked agreement helps.
 * Leadership, administrators and district systems read published practices only. Everyone else gets
 * 404 for a draft, exactly as for a practice that does not exist.
 */
@ApplicationScoped
public class PracticeService {

    public static final String ENTITY = "good_practice";

    private static final String SELECT = "select p from GoodPractice p join fetch p.organization o left join fetch p.agreement a"
            + " left join fetch a.organization ao left join fetch a.period ap left join fetch a.recipient r left join fetch a.district d";
    private static final String COUNT = "select count(p) from GoodPractice p join p.organization o left join p.agreement a"
            + " left join a.recipient r left join a.district d";
    private static final Map<String, String> SORTS = Map.of(
            "publishedAt", "p.publishedAt", "year", "p.year", "title", "p.title",
            "createdAt", "p.createdAt", "updatedAt", "p.updatedAt");
    private static final int EXCERPT_LENGTH = 300;
    private static final int TAG_CLOUD_SIZE = 200;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Inject
    AgreementService agreements;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PracticeListItem> list(PracticeFilter filter, PageQuery paging) {
        QueryBuilder query = visible(new QueryBuilder())
                .and("o.id = :p", filter.organizationId)
                .and("d.id = :p", filter.districtId)
                .and("r.id = :p", filter.communeId)
                .and("p.area = :p", Coded.parse(SupportArea.class, "area", filter.area))
                .and("p.year = :p", filter.year)
                .and("p.status = :p", Coded.parse(PracticeStatus.class, "status", filter.status))
                .matches(filter.q, "p.searchText", "o.nameSearch");
        for (String tag : Tags.normaliseAll(filter.tag)) {
            query.and(":p member of p.tags", tag);
        }
        String order = Sort.orderBy(paging.sort, SORTS, "coalesce(p.publishedAt, p.updatedAt) desc", "p.id");
        Page<GoodPractice> page = query.page(em, COUNT, SELECT, order, GoodPractice.class, paging);
        List<Long> ids = page.items().stream().map(p -> p.id).toList();
        Map<Long, Set<String>> tags = tagsOf(ids);
        Map<Long, long[]> files = fileFacts(ids);
        return page.map(p -> listItem(p, tags.getOrDefault(p.id, Set.of()), files.get(p.id)));
    }

    /** The practice if the caller may see it (published, or a draft they may edit); otherwise 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GoodPractice findVisible(long id) {
        QueryBuilder query = visible(new QueryBuilder()).and("p.id = :p", id);
        List<GoodPractice> rows = query.query(em, SELECT + query.where(), GoodPractice.class).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Mô hình, cách làm hay / good practice " + id);
        }
        return rows.get(0);
    }

    /** Visible and editable by the caller, else 404 (not visible) or 403 (published, but someone else's). */
    @Transactional(Transactional.TxType.MANDATORY)
    GoodPractice findForChange(long id) {
        GoodPractice practice = findVisible(id);
        if (!editable(practice)) {
            throw ApiException.forbidden("Chỉ đơn vị tác giả, huyện nơi thực hiện hoặc Ban Dân tộc tỉnh được sửa mô hình này"
                    + " / only the author unit, the district where it took place or the province may change this practice");
        }
        return practice;
    }

    /** Like {@link #findForChange}, locked for the transaction so two uploads cannot both pass the per-practice count. */
    @Transactional(Transactional.TxType.MANDATORY)
    GoodPractice findForChangeLocked(long id) {
        GoodPractice practice = findForChange(id);
        em.lock(practice, LockModeType.PESSIMISTIC_WRITE);
        return practice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PracticeView view(GoodPractice p) {
        List<FileView> files = filesOf(p.id);
        Long cover = files.stream().filter(FileView::image).map(FileView::id).findFirst().orElse(null);
        Agreement a = p.agreement;
        return new PracticeView(p.id, p.title, p.whatWasDone, p.results, ref(p.organization),
                a == null ? null : AgreementSummary.of(a), communeOf(a), districtOf(a), p.area, p.year, List.copyOf(p.tags),
                p.status, p.publishedAt, files, cover, editable(p), p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        findVisible(id);
        return history.of(ENTITY, id);
    }

    /** Every tag of the published practices with how many carry it, most used first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TagCount> tagCloud() {
        return em.createQuery("select t, count(p) from GoodPractice p join p.tags t where p.status = :published"
                        + " group by t order by count(p) desc, t", Object[].class)
                .setParameter("published", PracticeStatus.PUBLISHED)
                .setMaxResults(TAG_CLOUD_SIZE)
                .getResultList().stream()
                .map(row -> new TagCount((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    @Transactional
    public GoodPractice create(PracticeRequest request) {
        Agreement agreement = request.agreementId() == null ? null : agreements.findInScope(request.agreementId());
        Organization author = authorFor(request.organizationId(), agreement);
        requireOwnAgreement(agreement, author);
        GoodPractice practice = new GoodPractice();
        practice.organization = author;
        practice.status = PracticeStatus.DRAFT;
        apply(practice, agreement, request.title(), request.whatWasDone(), request.results(), request.area(), request.year(), request.tags());
        practice.persist();
        em.flush();
        history.record(ENTITY, practice.id, "created", null, snapshot(practice));
        return practice;
    }

    @Transactional
    public GoodPractice update(long id, String ifMatch, PracticeUpdate request) {
        GoodPractice practice = findForChange(id);
        IfMatch.check(ifMatch, practice.version);
        Agreement agreement = request.agreementId() == null ? null : agreements.findInScope(request.agreementId());
        if (agreement == null && districtActing()) {
            throw ApiException.invalid("/agreementId", "huyện ghi mô hình theo một thỏa thuận của huyện mình / a district records practices "
                    + "under an agreement of its district");
        }
        requireOwnAgreement(agreement, practice.organization);
        Snapshot before = snapshot(practice);
        apply(practice, agreement, request.title(), request.whatWasDone(), request.results(), request.area(), request.year(), request.tags());
        practice.touch();
        em.flush();
        history.record(ENTITY, practice.id, "updated", before, snapshot(practice));
        return practice;
    }

    @Transactional
    public GoodPractice publish(long id, String ifMatch) {
        GoodPractice practice = findForChange(id);
        IfMatch.check(ifMatch, practice.version);
        if (practice.status != PracticeStatus.DRAFT) {
            throw ApiException.invalidState("Mô hình đã được đăng / the practice is already published");
        }
        Snapshot before = snapshot(practice);
        practice.status = PracticeStatus.PUBLISHED;
        practice.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        history.record(ENTITY, practice.id, "published", before, snapshot(practice));
        return practice;
    }

    @Transactional
    public GoodPractice unpublish(long id, String ifMatch) {
        GoodPractice practice = findForChange(id);
        IfMatch.check(ifMatch, practice.version);
        if (practice.status != PracticeStatus.PUBLISHED) {
            throw ApiException.invalidState("Mô hình chưa được đăng / the practice is not published");
        }
        Snapshot before = snapshot(practice);
        practice.status = PracticeStatus.DRAFT;
        practice.publishedAt = null;
        em.flush();
        history.record(ENTITY, practice.id, "unpublished", before, snapshot(practice));
        return practice;
    }

    /** Drafts only: a published practice may have been read and linked; unpublish it first. */
    @Transactional
    public void delete(long id, String ifMatch) {
        GoodPractice practice = findForChange(id);
        IfMatch.check(ifMatch, practice.version);
        if (practice.status != PracticeStatus.DRAFT) {
            throw ApiException.invalidState("Chỉ xoá được bản nháp; hãy gỡ đăng trước / only drafts can be deleted; unpublish first");
        }
        Snapshot before = snapshot(practice);
        em.createQuery("delete from PracticeFile f where f.practiceId = :id").setParameter("id", id).executeUpdate();
        practice.delete();
        em.flush();
        history.record(ENTITY, id, "deleted", before, null);
    }

    /** Whether the caller may change the practice; drafts are visible exactly to these callers. */
    boolean editable(GoodPractice p) {
        if (caller.has(Roles.PROVINCE)) {
            return true;
        }
        return switch (caller.scope()) {
            case Scope.Organization o -> caller.has(Roles.UNIT) && p.organization.id == o.organizationId();
            case Scope.District d -> districtActing() && p.agreement != null && p.agreement.district.id == d.districtId();
            default -> false;
        };
    }

    /** Limits a query over {@code p} (with the aliases of {@link #SELECT}) to what the caller may see. */
    private QueryBuilder visible(QueryBuilder query) {
        if (caller.has(Roles.PROVINCE)) {
            return query;
        }
        return switch (caller.scope()) {
            case Scope.Organization o when caller.has(Roles.UNIT) -> query.andAll("(p.status = :published or o.id = :organization)",
                    Map.of("published", PracticeStatus.PUBLISHED, "organization", o.organizationId()));
            case Scope.District d when districtActing() -> query.andAll("(p.status = :published or d.id = :district)",
                    Map.of("published", PracticeStatus.PUBLISHED, "district", d.districtId()));
            default -> query.and("p.status = :p", PracticeStatus.PUBLISHED);
        };
    }

    /** District users edit practices in their district; a district system only reads. */
    private boolean districtActing() {
        return caller.has(Roles.DISTRICT) && !caller.has(Roles.PROVINCE) && caller.scope() instanceof Scope.District;
    }

    private Organization authorFor(Long organizationId, Agreement agreement) {
        if (caller.has(Roles.PROVINCE)) {
            if (organizationId != null) {
                Organization organization = em.find(Organization.class, organizationId);
                if (organization == null) {
                    throw ApiException.invalid("/organizationId", "không có đơn vị " + organizationId + " / no such organisation");
                }
                return organization;
            }
            if (agreement != null) {
                return agreement.organization;
            }
            throw ApiException.invalid("/organizationId", "cần đơn vị tác giả hoặc thỏa thuận / give the author unit or an agreement");
        }
        return switch (caller.scope()) {
            case Scope.Organization o when caller.has(Roles.UNIT) -> {
                if (organizationId != null && organizationId != o.organizationId()) {
                    throw ApiException.forbidden("Đơn vị chỉ đăng mô hình của chính mình / a unit writes up only its own practices");
                }
                yield em.find(Organization.class, o.organizationId());
            }
            case Scope.District d when districtActing() -> {
                if (agreement == null) {
                    throw ApiException.invalid("/agreementId", "huyện ghi mô hình theo một thỏa thuận của huyện mình / a district records "
                            + "practices under an agreement of its district");
                }
                if (organizationId != null && organizationId.longValue() != agreement.organization.id) {
                    throw ApiException.invalid("/organizationId", "phải là đơn vị của thỏa thuận / must be the agreement's partner");
                }
                yield agreement.organization;
            }
            default -> throw ApiException.forbidden("Không có quyền ghi mô hình / you may not write practices");
        };
    }

    private static void requireOwnAgreement(Agreement agreement, Organization author) {
        if (agreement != null && !agreement.organization.id.equals(author.id)) {
            throw ApiException.invalid("/agreementId", "không phải thỏa thuận của đơn vị tác giả / not an agreement of the author unit");
        }
    }

    private static void apply(GoodPractice p, Agreement agreement, String title, String whatWasDone, String results, SupportArea area,
                              int year, List<String> tags) {
        p.agreement = agreement;
        p.title = title.strip();
        p.whatWasDone = whatWasDone.strip();
        p.results = results.strip();
        p.area = area;
        p.year = year;
        Set<String> normalised = Tags.normaliseAll(tags);
        // The collection is replaced in place: Hibernate tracks changes of the one it loaded.
        p.tags.retainAll(normalised);
        p.tags.addAll(normalised);
    }

    List<FileView> filesOf(long practiceId) {
        return em.createQuery("select f.id, f.fileName, f.mediaType, f.sizeBytes, f.sha256, f.uploadedAt, f.uploadedBy"
                        + " from PracticeFile f where f.practiceId = :id order by f.id", Object[].class)
                .setParameter("id", practiceId).getResultList().stream()
                .map(row -> new FileView((Long) row[0], (String) row[1], (String) row[2], (Long) row[3], (String) row[4],
                        ContentTypes.IMAGES.contains((String) row[2]), (OffsetDateTime) row[5], (String) row[6]))
                .toList();
    }

    private Map<Long, Set<String>> tagsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> tags = new HashMap<>();
        em.createQuery("select p.id, t from GoodPractice p join p.tags t where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]));
        return tags;
    }

    /** Per practice: {file count, cover file id or 0}. */
    private Map<Long, long[]> fileFacts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> facts = new TreeMap<>();
        em.createQuery("select f.practiceId, count(f), min(case when f.mediaType in :images then f.id else null end)"
                        + " from PracticeFile f where f.practiceId in :ids group by f.practiceId", Object[].class)
                .setParameter("ids", ids).setParameter("images", ContentTypes.IMAGES).getResultList()
                .forEach(row -> facts.put((Long) row[0], new long[] {((Number) row[1]).longValue(),
                        row[2] == null ? 0 : ((Number) row[2]).longValue()}));
        return facts;
    }

    private static PracticeListItem listItem(GoodPractice p, Set<String> tags, long[] files) {
        Agreement a = p.agreement;
        return new PracticeListItem(p.id, p.title, excerpt(p.whatWasDone), ref(p.organization), communeOf(a), districtOf(a),
                a == null ? null : a.id, p.area, p.year, List.copyOf(tags), p.status, p.publishedAt,
                files == null || files[1] == 0 ? null : files[1], files == null ? 0 : files[0], p.version, p.updatedAt);
    }

    private static String excerpt(String text) {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).strip() + "…";
    }

    private static Ref ref(Organization o) {
        return new Ref(o.id, o.code, o.name);
    }

    private static Ref communeOf(Agreement a) {
        if (a == null || a.recipient.level != AdminLevel.COMMUNE) {
            return null;
        }
        return unitRef(a.recipient);
    }

    private static Ref districtOf(Agreement a) {
        return a == null ? null : unitRef(a.district);
    }

    private static Ref unitRef(AdminUnit u) {
        return new Ref(u.id, u.code, u.name);
    }

    static Snapshot snapshot(GoodPractice p) {
        return new Snapshot(p.id, ref(p.organization), p.agreement == null ? null : p.agreement.id, p.title, p.whatWasDone, p.results,
                p.area, p.year, new ArrayList<>(p.tags), p.status, p.publishedAt, p.version);
    }
}
