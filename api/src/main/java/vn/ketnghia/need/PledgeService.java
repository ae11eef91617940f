package vn.ketnghia.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.agreement.AgreementService;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.error.FieldError;
import vn.ketnghia.common.error.ProblemType;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Scope;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.common.web.Ref;
import vn.ketnghia.document.VietnameseFormat;
import vn.ketnghia.need.NeedDtos.DeliveryView;
import vn.ketnghia.need.NeedDtos.NeedDetail;
import vn.ketnghia.need.NeedDtos.NeedView;
import vn.ketnghia.need.NeedDtos.PledgeRequest;
import vn.ketnghia.need.NeedDtos.PledgeView;
import vn.ketnghia.notification.NotificationService;
import vn.ketnghia.notification.Party;
import vn.ketnghia.plan.PlanDtos.PlanCreateRequest;
import vn.ketnghia.plan.PlanDtos.PlanItemRequest;
import vn.ketnghia.plan.PlanDtos.PlanItemView;
import vn.ketnghia.plan.PlanDtos.PlanView;
import vn.ketnghia.plan.PlanKind;
import vn.ketnghia.plan.PlanService;
import vn.ketnghia.plan.PlanStatus;
import static vn.ketnghia.common.text.Texts.blankToNull;

/**
 * Pledges: a partner takes on a commune's need, and the pledge becomes an item of the agreement's
 * annual programme through {@link PlanService}, under the plan rules: the programme is created as
 * a draft when missing, and adding an item to an agreed programme returns it to draft, so the
 * receiving district agrees to it again (ADR 0005). Withdrawing removes the item, which the plan
 * rules refuse once support records are linked to it.
 */
@ApplicationScoped
public class PledgeService {

    public static final String ENTITY = "need_pledge";
    static final String NOT_TWINNED = "Đơn vị chưa kết nghĩa với xã này — hãy đăng ký tham gia / "
            + "the partner has no twinning agreement with this commune — register to take part first";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Inject
    NeedService needs;

    @Inject
    AgreementService agreements;

    @Inject
    PlanService plans;

    @Inject
    NotificationService notifications;

    @Transactional(Transactional.TxType.SUPPORTS)
    public NeedDetail detail(CommuneNeed need) {
        List<NeedPledge> pledges = em.createQuery("select p from NeedPledge p join fetch p.organization join fetch p.agreement a"
                        + " join fetch a.recipient where p.need = :need order by p.id", NeedPledge.class)
                .setParameter("need", need).getResultList();
        List<Long> itemIds = pledges.stream().filter(p -> p.planItemId != null).map(p -> p.planItemId).toList();
        Map<Long, Object[]> items = new HashMap<>();
        List<DeliveryView> deliveries = new ArrayList<>();
        Map<Long, long[]> delivered = new HashMap<>();
        if (!itemIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> itemRows = em.createNativeQuery("select i.id, i.plan_id, p.status, i.planned_vnd from plan_item i"
                    + " join plan p on p.id = i.plan_id where i.id in (:ids)").setParameter("ids", itemIds).getResultList();
            itemRows.forEach(r -> items.put(((Number) r[0]).longValue(), r));
            @SuppressWarnings("unchecked")
            List<Object[]> records = em.createNativeQuery("select s.id, s.plan_item_id, s.support_date, s.description, s.value_vnd, s.status"
                    + " from support_record s where s.plan_item_id in (:ids) order by s.support_date, s.id")
                    .setParameter("ids", itemIds).getResultList();
            Map<Long, NeedPledge> byItem = new HashMap<>();
            pledges.stream().filter(p -> p.planItemId != null).forEach(p -> byItem.put(p.planItemId, p));
            for (Object[] r : records) {
                NeedPledge pledge = byItem.get(((Number) r[1]).longValue());
                long value = ((Number) r[4]).longValue();
                long[] sum = delivered.computeIfAbsent(pledge.id, k -> new long[2]);
                sum[0] += value;
                sum[1]++;
                deliveries.add(new DeliveryView(((Number) r[0]).longValue(), pledge.id, orgRef(pledge),
                        r[2] instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) r[2], (String) r[3], value, (String) r[5]));
            }
        }
        List<PledgeView> views = pledges.stream().map(p -> {
            Object[] item = p.planItemId == null ? null : items.get(p.planItemId);
            long[] sum = delivered.getOrDefault(p.id, new long[2]);
            return new PledgeView(p.id, need.id, orgRef(p), p.agreement.id,
                    new Ref(p.agreement.recipient.id, p.agreement.recipient.code, p.agreement.recipient.name),
                    p.pledgedVnd, p.year, p.description, p.status,
                    item == null ? null : ((Number) item[1]).longValue(), item == null ? null : (String) item[2],
                    p.planItemId, item == null ? null : ((Number) item[3]).longValue(), sum[0], sum[1],
                    p.withdrawnAt, p.withdrawnBy, p.withdrawalReason, p.version, p.createdAt, p.createdBy);
        }).toList();
        return new NeedDetail(needs.view(need), views, deliveries);
    }

    @Transactional
    public NeedPledge pledge(long needId, PledgeRequest request) {
        CommuneNeed need = needs.find(needId);
        if (need.status == NeedStatus.MET || need.status == NeedStatus.CANCELLED) {
            throw ApiException.invalidState("Nhu cầu đã " + (need.status == NeedStatus.MET ? "được đáp ứng" : "bị hủy")
                    + " nên không nhận thêm cam kết / the need is " + need.status.code() + ", so it takes no more pledges");
        }
        if (!(caller.scope() instanceof Scope.All) && !(caller.scope() instanceof Scope.Organization)) {
            throw ApiException.forbidden("Tài khoản không gắn với đơn vị nào / your account acts for no organisation");
        }
        // A unit finds only its own agreements: another partner's agreement is as absent as a missing one.
        Agreement agreement = agreements.findInScope(request.agreementId());
        long recipient = agreement.recipient.id;
        if (recipient != need.commune.id && recipient != need.district.id) {
            throw new ApiException(ProblemType.CONFLICT, NOT_TWINNED,
                    List.of(FieldError.body("/agreementId", "thỏa thuận không giúp xã " + need.commune.name
                            + " / the agreement does not help this commune")));
        }
        if (agreement.status != AgreementStatus.ACTIVE) {
            throw new ApiException(ProblemType.INVALID_STATE, "Chỉ nhận hỗ trợ theo thỏa thuận đang hiệu lực; thỏa thuận " + agreement.id
                    + " đang ở trạng thái '" + agreement.status.code() + "' / pledges are made under an active agreement; agreement "
                    + agreement.id + " is " + agreement.status.code(),
                    List.of(FieldError.body("/agreementId", "thỏa thuận chưa có hiệu lực / the agreement is not active")));
        }
        if (!agreement.period.covers(request.year())) {
            throw ApiException.invalid("/year", "phải thuộc giai đoạn " + agreement.period.code + " của thỏa thuận / must be within the "
                    + "agreement's period " + agreement.period.code);
        }
        long samePartner = em.createQuery("select count(p) from NeedPledge p where p.need = :need and p.organization = :org"
                        + " and p.status = :active", Long.class)
                .setParameter("need", need).setParameter("org", agreement.organization)
                .setParameter("active", PledgeStatus.ACTIVE).getSingleResult();
        if (samePartner > 0) {
            throw ApiException.conflict("Đơn vị đã nhận hỗ trợ nhu cầu này; hãy rút cam kết cũ trước khi cam kết lại / "
                    + "the partner has already pledged to this need; withdraw that pledge first");
        }

        NeedView before = needs.view(need);
        PlanView plan = annualProgramme(agreement, request.year());
        boolean wasAgreed = plan.status() == PlanStatus.AGREED;
        String description = blankToNull(request.description());
        String itemText = "Nhu cầu của xã: " + need.title + (description == null ? "" : " — " + description);
        PlanItemView item = plans.addItem(agreement.id, plan.id(), new PlanItemRequest(need.category.id,
                itemText.length() > 2000 ? itemText.substring(0, 2000) : itemText, null, null, request.pledgedVnd(), null, null));

        NeedPledge pledge = new NeedPledge();
        pledge.need = need;
        pledge.organization = agreement.organization;
        pledge.agreement = agreement;
        pledge.planItemId = item.id();
        pledge.pledgedVnd = request.pledgedVnd();
        pledge.year = request.year();
        pledge.description = description;
        pledge.status = PledgeStatus.ACTIVE;
        pledge.persistAndFlush();
        history.record(ENTITY, pledge.id, "created", null, snapshot(pledge));

        needs.deriveStatus(need);
        need.touch();
        em.flush();
        history.record(NeedService.ENTITY, need.id, "pledged", before, needs.view(need),
                agreement.organization.name + ": " + VietnameseFormat.money(request.pledgedVnd()));

        notifications.notify(Party.district(need.district.id), "need_pledged",
                agreement.organization.name + " nhận hỗ trợ nhu cầu của " + need.commune.name,
                agreement.organization.name + " cam kết " + VietnameseFormat.money(request.pledgedVnd()) + " cho nhu cầu \"" + need.title
                        + "\" của xã " + need.commune.name + ". Cam kết đã thành một mục của chương trình kết nghĩa năm " + request.year()
                        + (wasAgreed ? "; chương trình đã trở về dự thảo, huyện cần thống nhất lại." : "; huyện xem và thống nhất chương trình."),
                "/needs/" + need.id, "need-pledge:" + pledge.id);
        return pledge;
    }

    @Transactional
    public NeedPledge withdraw(long needId, long pledgeId, String ifMatch, String reason) {
        CommuneNeed need = needs.find(needId);
        List<NeedPledge> rows = em.createQuery("select p from NeedPledge p join fetch p.organization join fetch p.agreement"
                        + " where p.id = :id and p.need = :need", NeedPledge.class)
                .setParameter("id", pledgeId).setParameter("need", need).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Cam kết / pledge " + pledgeId);
        }
        NeedPledge pledge = rows.get(0);
        if (caller.scope() instanceof Scope.Organization own && own.organizationId() != pledge.organization.id) {
            throw ApiException.forbidden("Đơn vị chỉ rút cam kết của chính mình / a unit withdraws only its own pledges");
        }
        if (!(caller.scope() instanceof Scope.All) && !(caller.scope() instanceof Scope.Organization)) {
            throw ApiException.forbidden("Tài khoản không gắn với đơn vị nào / your account acts for no organisation");
        }
        IfMatch.check(ifMatch, pledge.version);
        if (pledge.status != PledgeStatus.ACTIVE) {
            throw ApiException.invalidState("Cam kết đã được rút / the pledge is already withdrawn");
        }
        long linked = ((Number) em.createNativeQuery("select count(*) from support_record where plan_item_id = :item")
                .setParameter("item", pledge.planItemId).getSingleResult()).longValue();
        if (linked > 0) {
            throw ApiException.invalidState("Đã có " + linked + " bản ghi hỗ trợ thực hiện theo cam kết này nên không rút được / "
                    + linked + " support record(s) already carry out this pledge, so it cannot be withdrawn");
        }
        Object[] item = (Object[]) em.createNativeQuery("select i.plan_id, i.version from plan_item i where i.id = :item")
                .setParameter("item", pledge.planItemId).getSingleResult();
        long itemId = pledge.planItemId;
        Object before = snapshot(pledge);
        NeedView needBefore = needs.view(need);
        pledge.planItemId = null;
        pledge.status = PledgeStatus.WITHDRAWN;
        pledge.withdrawnAt = OffsetDateTime.now(ZoneOffset.UTC);
        pledge.withdrawnBy = caller.username();
        pledge.withdrawalReason = blankToNull(reason);
        pledge.flush();
        plans.deleteItem(pledge.agreement.id, ((Number) item[0]).longValue(), itemId, IfMatch.etag(((Number) item[1]).longValue()));
        history.record(ENTITY, pledge.id, "withdrawn", before, snapshot(pledge), pledge.withdrawalReason);

        needs.deriveStatus(need);
        need.touch();
        em.flush();
        history.record(NeedService.ENTITY, need.id, "pledge-withdrawn", needBefore, needs.view(need), pledge.organization.name);
        return pledge;
    }

    /** The agreement's annual programme for the year, created as a draft through the plan rules when missing. */
    private PlanView annualProgramme(Agreement agreement, int year) {
        for (PlanView plan : plans.list(agreement.id)) {
            if (plan.kind() == PlanKind.ANNUAL && plan.year() == year) {
                return plan;
            }
        }
        String title = "Chương trình kết nghĩa năm " + year + " với " + agreement.recipient.kindLabel() + " " + agreement.recipient.name;
        return plans.create(agreement.id, new PlanCreateRequest(PlanKind.ANNUAL, year, title.length() > 300 ? title.substring(0, 300) : title,
                "Lập khi đơn vị nhận hỗ trợ nhu cầu của xã / created when the partner pledged to a commune's need"));
    }

    private static Ref orgRef(NeedPledge p) {
        return new Ref(p.organization.id, p.organization.code, p.organization.name);
    }

    private static Map<String, Object> snapshot(NeedPledge p) {
        Map<String, Object> s = new HashMap<>();
        s.put("needId", p.need.id);
        s.put("organizationId", p.organization.id);
        s.put("agreementId", p.agreement.id);
        s.put("planItemId", p.planItemId);
        s.put("pledgedVnd", p.pledgedVnd);
        s.put("year", p.year);
        s.put("description", p.description);
        s.put("status", p.status.code());
        s.put("withdrawalReason", p.withdrawalReason);
        return s;
    }
}
