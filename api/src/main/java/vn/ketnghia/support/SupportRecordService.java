package vn.ketnghia.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.agreement.AgreementScope;
import vn.ketnghia.agreement.AgreementService;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.catalog.OrganizationKind;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.catalog.SupportCategory;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.support.SupportRecordDtos.SupportRecordRequest;
import vn.ketnghia.support.SupportRecordDtos.SupportRecordView;
import vn.ketnghia.support.SupportRecordDtos.SupportTotals;
import static vn.ketnghia.common.text.Texts.blankToNull;

@ApplicationScoped
public class SupportRecordService {

    public static final String ENTITY = "support_record";

    private static final String JOINS = " join s.agreement a join a.organization o join a.period p join a.recipient r"
            + " join a.district d join s.category c";
    private static final String SELECT = "select s from SupportRecord s join fetch s.agreement a join fetch a.organization o"
            + " join fetch a.period p join fetch a.recipient r join fetch a.district d join fetch s.category c";
    private static final String COUNT = "select count(s) from SupportRecord s" + JOINS;
    private static final String TOTALS = "select count(s), coalesce(sum(s.valueVnd), 0),"
            + " coalesce(sum(case when s.form = :cashForm then s.valueVnd else 0 end), 0),"
            + " coalesce(sum(case when s.form = :inKindForm then s.valueVnd else 0 end), 0),"
            + " coalesce(sum(s.beneficiaryHouseholds), 0), coalesce(sum(s.beneficiaryPeople), 0),"
            + " coalesce(sum(s.beneficiaryStudents), 0) from SupportRecord s" + JOINS;
    private static final Map<String, String> SORTS = Map.of(
            "supportDate", "s.supportDate", "valueVnd", "s.valueVnd", "createdAt", "s.createdAt", "category", "c.name");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Inject
    AgreementService agreements;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SupportRecordView> list(SupportRecordFilter filter, PageQuery paging) {
        String order = Sort.orderBy(paging.sort, SORTS, "s.supportDate desc", "s.id");
        return filtered(filter).page(em, COUNT, SELECT, order, SupportRecord.class, paging).map(SupportRecordView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportTotals totals(SupportRecordFilter filter) {
        QueryBuilder query = filtered(filter);
        Object[] row = query.query(em, TOTALS + query.where(), Object[].class)
                .setParameter("cashForm", SupportForm.CASH)
                .setParameter("inKindForm", SupportForm.IN_KIND)
                .getSingleResult();
        return new SupportTotals(asLong(row[0]), asLong(row[1]), asLong(row[2]), asLong(row[3]),
                asLong(row[4]), asLong(row[5]), asLong(row[6]));
    }

    /** The record if it exists and its agreement lies in the caller's scope; otherwise 404, whichever it was. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportRecord findInScope(long id) {
        QueryBuilder query = AgreementScope.restrict(new QueryBuilder(), caller.scope(), "a").and("s.id = :p", id);
        List<SupportRecord> rows = query.query(em, SELECT + query.where(), SupportRecord.class).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Bản ghi hỗ trợ / support record " + id);
        }
        return rows.get(0);
    }

    /**
     * The history of a record in the caller's scope. A deleted record stays auditable by whoever could
     * see it: the agreement in its last snapshot decides, and anyone else gets the same 404 as for an
     * id that never existed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.of(ENTITY, id);
        HistoryEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last == null || !"deleted".equals(last.action()) || SupportRecord.count("id", id) > 0) {
            findInScope(id);
            return entries;
        }
        try {
            agreements.findInScope(last.before().path("agreement").path("id").asLong());
        } catch (ApiException outOfScope) {
            throw ApiException.notFound("Bản ghi hỗ trợ / support record " + id);
        }
        return entries;
    }

    @Transactional
    public SupportRecord create(SupportRecordRequest request) {
        SupportRecord record = new SupportRecord();
        record.status = SupportRecordStatus.RECORDED;
        apply(record, request);
        record.persistAndFlush();
        history.record(ENTITY, record.id, "created", null, SupportRecordView.of(record));
        return record;
    }

    @Transactional
    public SupportRecord update(long id, String ifMatch, SupportRecordRequest request) {
        SupportRecord record = findInScope(id);
        IfMatch.check(ifMatch, record.version);
        requireRecorded(record);
        SupportRecordView before = SupportRecordView.of(record);
        apply(record, request);
        record.flush();
        history.record(ENTITY, record.id, "updated", before, SupportRecordView.of(record));
        return record;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        SupportRecord record = findInScope(id);
        IfMatch.check(ifMatch, record.version);
        requireRecorded(record);
        SupportRecordView before = SupportRecordView.of(record);
        record.delete();
        record.flush();
        history.record(ENTITY, id, "deleted", before, null);
    }

    @Transactional
    public SupportRecord confirm(long id, String ifMatch, String note) {
        SupportRecord record = findInScope(id);
        IfMatch.check(ifMatch, record.version);
        if (record.status != SupportRecordStatus.RECORDED) {
            throw ApiException.invalidState("Bản ghi đã được xác nhận / the record is already confirmed");
        }
        SupportRecordView before = SupportRecordView.of(record);
        record.status = SupportRecordStatus.CONFIRMED;
        record.confirmedAt = OffsetDateTime.now(ZoneOffset.UTC);
        record.confirmedBy = caller.username();
        record.confirmationNote = blankToNull(note);
        record.flush();
        history.record(ENTITY, record.id, "confirmed", before, SupportRecordView.of(record), record.confirmationNote);
        return record;
    }

    private QueryBuilder filtered(SupportRecordFilter filter) {
        return filter.applyTo(AgreementScope.restrict(new QueryBuilder(), caller.scope(), "a"), "a")
                .and("a.id = :p", filter.agreementId)
                .and("c.id = :p", filter.categoryId)
                .and("c.area = :p", Coded.parse(SupportArea.class, "area", filter.area))
                .and("s.status = :p", Coded.parse(SupportRecordStatus.class, "status", filter.status))
                .and("s.form = :p", Coded.parse(SupportForm.class, "form", filter.form))
                .and("s.fundingSource = :p", Coded.parse(FundingSource.class, "fundingSource", filter.fundingSource))
                .and("o.kind = :p", Coded.parse(OrganizationKind.class, "partnerKind", filter.partnerKind))
                .and("s.supportDate >= :p", filter.from)
                .and("s.supportDate <= :p", filter.to)
                .matches(filter.q, "s.descriptionSearch", "o.nameSearch", "r.nameSearch");
    }

    /** A confirmed record is the district's word on what arrived; the partner may no longer change it. */
    private static void requireRecorded(SupportRecord record) {
        if (record.status != SupportRecordStatus.RECORDED) {
            throw ApiException.invalidState("Bản ghi đã được địa phương xác nhận nên không sửa hoặc xóa được / "
                    + "the receiving district has confirmed this record, so it can no longer be changed or deleted");
        }
    }

    private void apply(SupportRecord record, SupportRecordRequest request) {
        Agreement agreement = agreements.findInScope(request.agreementId());
        if (agreement.status == AgreementStatus.PROPOSED) {
            throw ApiException.invalidState("Chỉ ghi nhận hỗ trợ theo thỏa thuận đã ký; thỏa thuận " + agreement.id
                    + " còn ở trạng thái đề xuất / support is recorded against a signed agreement; agreement "
                    + agreement.id + " is still proposed");
        }
        if (!agreement.covers(request.supportDate())) {
            throw ApiException.invalid("/supportDate", "phải nằm trong thời hạn thỏa thuận (" + agreement.startDate + " – "
                    + (agreement.endDate == null ? "…" : agreement.endDate) + ") / must fall within the agreement's dates");
        }
        if (request.supportDate().isAfter(ProgrammeDate.today())) {
            throw ApiException.invalid("/supportDate", "không được ở tương lai / must not be in the future");
        }
        SupportCategory category = SupportCategory.findById(request.categoryId());
        if (category == null) {
            throw ApiException.invalid("/categoryId", "không tồn tại / does not exist");
        }
        boolean keepsItsCategory = record.category != null && record.category.id.equals(category.id);
        if (!category.active && !keepsItsCategory) {
            throw ApiException.invalid("/categoryId", "danh mục đã ngừng sử dụng / category is no longer in use");
        }
        String enterpriseName = blankToNull(request.enterpriseName());
        if (request.fundingSource() == FundingSource.MOBILISED_ENTERPRISE && enterpriseName == null) {
            throw ApiException.invalid("/enterpriseName", "bắt buộc khi nguồn là doanh nghiệp vận động / required when fundingSource is mobilised_enterprise");
        }
        if (request.fundingSource() != FundingSource.MOBILISED_ENTERPRISE && enterpriseName != null) {
            throw ApiException.invalid("/enterpriseName", "chỉ ghi khi nguồn là doanh nghiệp vận động / only for fundingSource mobilised_enterprise");
        }
        if (request.planItemId() != null) {
            requirePlanItemOf(agreement, request.planItemId());
        }
        record.agreement = agreement;
        record.supportDate = request.supportDate();
        record.category = category;
        record.description = request.description().trim();
        record.quantity = request.quantity();
        record.unitOfMeasure = blankToNull(request.unitOfMeasure());
        record.valueVnd = request.valueVnd();
        record.form = request.form();
        record.fundingSource = request.fundingSource();
        record.enterpriseName = enterpriseName;
        record.beneficiaryHouseholds = request.beneficiaryHouseholds();
        record.beneficiaryPeople = request.beneficiaryPeople();
        record.beneficiaryStudents = request.beneficiaryStudents();
        record.planItemId = request.planItemId();
    }

    /**
     * Native because the plan feature owns the PlanItem mapping; this only needs the item's agreement.
     * A missing item and another agreement's item get the same answer, so ids outside the caller's
     * scope cannot be probed.
     */
    private void requirePlanItemOf(Agreement agreement, long planItemId) {
        List<?> owners = em.createNativeQuery(
                        "select p.agreement_id from plan_item i join plan p on p.id = i.plan_id where i.id = ?1")
                .setParameter(1, planItemId)
                .getResultList();
        if (owners.isEmpty() || ((Number) owners.get(0)).longValue() != agreement.id) {
            throw ApiException.invalid("/planItemId",
                    "không phải hạng mục kế hoạch của thỏa thuận này / is not an item of a plan of this agreement");
        }
    }

    private static long asLong(Object value) {
        return ((Number) value).longValue();
    }
}
