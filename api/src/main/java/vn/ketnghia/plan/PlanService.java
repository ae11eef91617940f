package vn.ketnghia.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.agreement.AgreementService;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.catalog.Period;
import vn.ketnghia.catalog.SupportCategory;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.plan.PlanDtos.PlanCreateRequest;
import vn.ketnghia.plan.PlanDtos.PlanItemRequest;
import vn.ketnghia.plan.PlanDtos.PlanItemView;
import vn.ketnghia.plan.PlanDtos.PlanUpdateRequest;
import vn.ketnghia.plan.PlanDtos.PlanView;
import static vn.ketnghia.common.text.Texts.blankToNull;

/**
 * Plans and their items under an agreement. Every method first finds the agreement in the caller's
 * scope, so a plan of someone else's agreement is as absent as a missing one. Item changes are
 * recorded in the plan's own history (see ADR 0005).
 */
@ApplicationScoped
public class PlanService {

    public static final String ENTITY = "plan";

    static final String RETURNED_TO_DRAFT = "Kế hoạch đã thay đổi sau khi được huyện thống nhất; cần thống nhất lại / "
            + "the plan changed after the district agreed to it; the district must agree again";

    /** The period plan first, then the annual programmes by year. */
    private static final Comparator<Plan> READING_ORDER = Comparator
            .comparing((Plan p) -> p.kind == PlanKind.PERIOD ? 0 : 1)
            .thenComparing(p -> p.year, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(p -> p.id);

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The column is numeric(16, 3); one scale means an unchanged quantity compares equal to its stored self. */
    private static final int QUANTITY_SCALE = 3;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Inject
    AgreementService agreements;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanView> list(long agreementId) {
        Agreement agreement = agreements.findInScope(agreementId);
        List<Plan> plans = new ArrayList<>(em.createQuery("select p from Plan p where p.agreement = :agreement", Plan.class)
                .setParameter("agreement", agreement).getResultList());
        plans.sort(READING_ORDER);
        return views(plans);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(long agreementId, long planId) {
        Plan plan = findPlan(agreementId, planId);
        return view(plan, itemsOf(List.of(plan.id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanItemView getItem(long agreementId, long planId, long itemId) {
        PlanItem item = findItem(findPlan(agreementId, planId), itemId);
        return itemView(item);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long agreementId, long planId) {
        Plan plan = findPlan(agreementId, planId);
        return history.of(ENTITY, plan.id);
    }

    @Transactional
    public PlanView create(long agreementId, PlanCreateRequest request) {
        Agreement agreement = agreements.findInScope(agreementId);
        requireOpen(agreement);
        Integer year = checkedYear(agreement.period, request.kind(), request.year());
        requireNoSuchPlan(agreement, request.kind(), year);
        Plan plan = new Plan();
        plan.agreement = agreement;
        plan.kind = request.kind();
        plan.year = year;
        plan.title = request.title().trim();
        plan.notes = blankToNull(request.notes());
        plan.status = PlanStatus.DRAFT;
        plan.persistAndFlush();
        history.record(ENTITY, plan.id, "created", null, PlanSnapshot.of(plan, List.of()));
        return view(plan, List.of());
    }

    @Transactional
    public PlanView update(long agreementId, long planId, String ifMatch, PlanUpdateRequest request) {
        Plan plan = findPlan(agreementId, planId);
        IfMatch.check(ifMatch, plan.version);
        requireOpen(plan.agreement);
        List<PlanItem> items = itemsOf(List.of(plan.id));
        String title = request.title().trim();
        String notes = blankToNull(request.notes());
        if (title.equals(plan.title) && Objects.equals(notes, plan.notes)) {
            return view(plan, items);
        }
        PlanSnapshot before = PlanSnapshot.of(plan, items);
        plan.title = title;
        plan.notes = notes;
        history.record(ENTITY, plan.id, "updated", before, PlanSnapshot.of(plan, items));
        withdrawAgreement(plan);
        em.flush();
        return view(plan, items);
    }

    @Transactional
    public void delete(long agreementId, long planId, String ifMatch) {
        Plan plan = findPlan(agreementId, planId);
        IfMatch.check(ifMatch, plan.version);
        requireOpen(plan.agreement);
        if (plan.status != PlanStatus.DRAFT) {
            throw ApiException.invalidState("Chỉ xóa được kế hoạch dự thảo; kế hoạch này đã được huyện thống nhất / "
                    + "only a draft plan can be deleted; the district has agreed to this one");
        }
        long linked = ((Number) em.createNativeQuery("select count(*) from support_record r join plan_item i on i.id = r.plan_item_id"
                        + " where i.plan_id = :planId")
                .setParameter("planId", plan.id).getSingleResult()).longValue();
        if (linked > 0) {
            throw ApiException.conflict("Có " + linked + " bản ghi hỗ trợ gắn với các mục của kế hoạch; hãy bỏ liên kết trước khi xóa / "
                    + linked + " support record(s) are linked to this plan's items; unlink them first");
        }
        List<PlanItem> items = itemsOf(List.of(plan.id));
        PlanSnapshot before = PlanSnapshot.of(plan, items);
        items.forEach(PlanItem::delete);
        plan.delete();
        em.flush();
        history.record(ENTITY, plan.id, "deleted", before, null);
    }

    @Transactional
    public PlanView agree(long agreementId, long planId, String ifMatch, String note) {
        Plan plan = findPlan(agreementId, planId);
        IfMatch.check(ifMatch, plan.version);
        requireOpen(plan.agreement);
        if (plan.status != PlanStatus.DRAFT) {
            throw ApiException.invalidState("Kế hoạch đã được thống nhất / the plan is already agreed");
        }
        List<PlanItem> items = itemsOf(List.of(plan.id));
        if (items.isEmpty()) {
            throw ApiException.invalidState("Kế hoạch chưa có mục nào để thống nhất / the plan has no items to agree to");
        }
        PlanSnapshot before = PlanSnapshot.of(plan, items);
        plan.status = PlanStatus.AGREED;
        plan.agreedAt = OffsetDateTime.now(ZoneOffset.UTC);
        plan.agreedBy = caller.username();
        plan.agreementNote = blankToNull(note);
        em.flush();
        history.record(ENTITY, plan.id, "agreed", before, PlanSnapshot.of(plan, items), plan.agreementNote);
        return view(plan, items);
    }

    @Transactional
    public PlanItemView addItem(long agreementId, long planId, PlanItemRequest request) {
        Plan plan = findPlan(agreementId, planId);
        requireOpen(plan.agreement);
        PlanItem item = new PlanItem();
        item.plan = plan;
        apply(item, request, plan.agreement.period);
        item.persist();
        history.record(ENTITY, plan.id, "item-added", null, PlanSnapshot.Item.of(item));
        itemsChanged(plan);
        em.flush();
        return PlanItemView.of(item, PlanActual.NONE);
    }

    @Transactional
    public PlanItemView updateItem(long agreementId, long planId, long itemId, String ifMatch, PlanItemRequest request) {
        Plan plan = findPlan(agreementId, planId);
        PlanItem item = findItem(plan, itemId);
        IfMatch.check(ifMatch, item.version);
        requireOpen(plan.agreement);
        PlanSnapshot.Item before = PlanSnapshot.Item.of(item);
        apply(item, request, plan.agreement.period);
        PlanSnapshot.Item after = PlanSnapshot.Item.of(item);
        if (!after.equals(before)) {
            history.record(ENTITY, plan.id, "item-updated", before, after);
            itemsChanged(plan);
            em.flush();
        }
        return itemView(item);
    }

    @Transactional
    public void deleteItem(long agreementId, long planId, long itemId, String ifMatch) {
        Plan plan = findPlan(agreementId, planId);
        PlanItem item = findItem(plan, itemId);
        IfMatch.check(ifMatch, item.version);
        requireOpen(plan.agreement);
        long linked = actualsOf(List.of(item.id)).getOrDefault(item.id, PlanActual.NONE).recordCount();
        if (linked > 0) {
            throw ApiException.conflict("Có " + linked + " bản ghi hỗ trợ gắn với mục này; hãy bỏ liên kết trước khi xóa / "
                    + linked + " support record(s) are linked to this item; unlink them first");
        }
        PlanSnapshot.Item before = PlanSnapshot.Item.of(item);
        item.delete();
        history.record(ENTITY, plan.id, "item-removed", before, null);
        itemsChanged(plan);
        em.flush();
    }

    /** The plan if it belongs to this agreement and the agreement is in the caller's scope; otherwise 404. */
    private Plan findPlan(long agreementId, long planId) {
        Agreement agreement = agreements.findInScope(agreementId);
        List<Plan> rows = em.createQuery("select p from Plan p where p.id = :id and p.agreement = :agreement", Plan.class)
                .setParameter("id", planId).setParameter("agreement", agreement).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Kế hoạch / plan " + planId);
        }
        return rows.get(0);
    }

    private PlanItem findItem(Plan plan, long itemId) {
        List<PlanItem> rows = em.createQuery("select i from PlanItem i join fetch i.category where i.id = :id and i.plan = :plan",
                        PlanItem.class)
                .setParameter("id", itemId).setParameter("plan", plan).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Mục kế hoạch / plan item " + itemId);
        }
        return rows.get(0);
    }

    private static void requireOpen(Agreement agreement) {
        if (agreement.status == AgreementStatus.ENDED) {
            throw ApiException.invalidState("Thỏa thuận đã kết thúc; kế hoạch không thể thay đổi / "
                    + "the agreement has ended; its plans can no longer change");
        }
    }

    private static Integer checkedYear(Period period, PlanKind kind, Integer year) {
        if (kind == PlanKind.PERIOD) {
            if (year != null) {
                throw ApiException.invalid("/year", "kế hoạch giai đoạn không có năm / a period plan has no year");
            }
            return null;
        }
        if (year == null) {
            throw ApiException.invalid("/year", "bắt buộc với chương trình năm / required for an annual programme");
        }
        if (!period.covers(year)) {
            throw ApiException.invalid("/year", "phải thuộc giai đoạn " + period.code + " (" + period.startYear + "–" + period.endYear
                    + ") / must be within period " + period.code);
        }
        return year;
    }

    /** Friendly form of the unique indexes plan_one_period_plan and plan_one_annual_per_year, which stay as the backstop. */
    private void requireNoSuchPlan(Agreement agreement, PlanKind kind, Integer year) {
        if (kind == PlanKind.PERIOD) {
            long existing = em.createQuery("select count(p) from Plan p where p.agreement = :agreement and p.kind = :kind", Long.class)
                    .setParameter("agreement", agreement).setParameter("kind", PlanKind.PERIOD).getSingleResult();
            if (existing > 0) {
                throw ApiException.conflict("Thỏa thuận đã có kế hoạch giai đoạn / the agreement already has a period plan");
            }
            return;
        }
        long existing = em.createQuery("select count(p) from Plan p where p.agreement = :agreement and p.kind = :kind and p.year = :year",
                        Long.class)
                .setParameter("agreement", agreement).setParameter("kind", PlanKind.ANNUAL).setParameter("year", year)
                .getSingleResult();
        if (existing > 0) {
            throw ApiException.conflict("Thỏa thuận đã có chương trình năm " + year + " / the agreement already has an annual programme for "
                    + year);
        }
    }

    private static void apply(PlanItem item, PlanItemRequest request, Period period) {
        item.category = categoryFor(request.categoryId(), item.category);
        checkDates(request.startDate(), request.endDate(), period);
        item.description = request.description().trim();
        item.targetQuantity = request.targetQuantity() == null ? null
                : request.targetQuantity().setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY);
        item.unitOfMeasure = blankToNull(request.unitOfMeasure());
        item.plannedVnd = request.plannedVnd();
        item.startDate = request.startDate();
        item.endDate = request.endDate();
    }

    /** A category retired after an item chose it may stay on that item; a new choice must be active. */
    private static SupportCategory categoryFor(long categoryId, SupportCategory current) {
        if (current != null && current.id == categoryId) {
            return current;
        }
        SupportCategory category = SupportCategory.findById(categoryId);
        if (category == null) {
            throw ApiException.invalid("/categoryId", "không tồn tại / does not exist");
        }
        if (!category.active) {
            throw ApiException.invalid("/categoryId", "danh mục đã ngừng sử dụng / the category is no longer in use");
        }
        return category;
    }

    private static void checkDates(LocalDate start, LocalDate end, Period period) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiException.invalid("/endDate", "không được trước ngày bắt đầu / must not be before startDate");
        }
        requireWithin(start, period, "/startDate");
        requireWithin(end, period, "/endDate");
    }

    private static void requireWithin(LocalDate date, Period period, String pointer) {
        if (date != null && (date.isBefore(period.firstDay()) || date.isAfter(period.lastDay()))) {
            throw ApiException.invalid(pointer, "phải nằm trong giai đoạn " + period.code + " (" + period.firstDay().format(VIETNAMESE_DATE)
                    + "–" + period.lastDay().format(VIETNAMESE_DATE) + ") / must fall within period " + period.code);
        }
    }

    /** An item changed: the plan's ETag must move, and an agreement to the old content no longer holds. */
    private void itemsChanged(Plan plan) {
        withdrawAgreement(plan);
        plan.touch();
    }

    /** The district agreed to the plan as it was; after any change it must agree again (ADR 0005). */
    private void withdrawAgreement(Plan plan) {
        if (plan.status != PlanStatus.AGREED) {
            return;
        }
        List<PlanItem> items = itemsOf(List.of(plan.id));
        PlanSnapshot agreed = PlanSnapshot.of(plan, items);
        plan.status = PlanStatus.DRAFT;
        plan.agreedAt = null;
        plan.agreedBy = null;
        plan.agreementNote = null;
        history.record(ENTITY, plan.id, "returned-to-draft", agreed, PlanSnapshot.of(plan, items), RETURNED_TO_DRAFT);
    }

    private List<PlanItem> itemsOf(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from PlanItem i join fetch i.category where i.plan.id in :planIds order by i.id", PlanItem.class)
                .setParameter("planIds", planIds).getResultList();
    }

    /**
     * Plan against actual for many items in one query. Native SQL because support records belong to
     * another feature; this reads only their link, value and quantity columns.
     */
    private Map<Long, PlanActual> actualsOf(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select plan_item_id, sum(value_vnd), sum(quantity), count(*) from support_record"
                        + " where plan_item_id in (:itemIds) group by plan_item_id")
                .setParameter("itemIds", itemIds).getResultList();
        Map<Long, PlanActual> actuals = new HashMap<>();
        for (Object[] row : rows) {
            actuals.put(((Number) row[0]).longValue(),
                    new PlanActual(((Number) row[1]).longValue(), (BigDecimal) row[2], ((Number) row[3]).longValue()));
        }
        return actuals;
    }

    private PlanItemView itemView(PlanItem item) {
        return PlanItemView.of(item, actualsOf(List.of(item.id)).getOrDefault(item.id, PlanActual.NONE));
    }

    private PlanView view(Plan plan, List<PlanItem> items) {
        return views(List.of(plan), items).get(0);
    }

    /** Plans, their items and the actuals in three queries, however many plans there are. */
    private List<PlanView> views(List<Plan> plans) {
        return views(plans, itemsOf(plans.stream().map(p -> p.id).toList()));
    }

    private List<PlanView> views(List<Plan> plans, List<PlanItem> items) {
        Map<Long, PlanActual> actuals = actualsOf(items.stream().map(i -> i.id).toList());
        Map<Long, List<PlanItemView>> itemsByPlan = new LinkedHashMap<>();
        for (PlanItem item : items) {
            itemsByPlan.computeIfAbsent(item.plan.id, id -> new ArrayList<>())
                    .add(PlanItemView.of(item, actuals.getOrDefault(item.id, PlanActual.NONE)));
        }
        return plans.stream().map(p -> PlanView.of(p, itemsByPlan.getOrDefault(p.id, List.of()))).toList();
    }
}
