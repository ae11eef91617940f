package vn.ketnghia.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ketnghia.agreement.AgreementDtos.AgreementRequest;
import vn.ketnghia.agreement.AgreementDtos.AgreementView;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.catalog.Period;
import vn.ketnghia.catalog.Terrain;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.error.FieldError;
import vn.ketnghia.common.error.ProblemType;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Scope;
import vn.ketnghia.common.web.IfMatch;
import static vn.ketnghia.common.text.Texts.blankToNull;

@ApplicationScoped
public class AgreementService {

    public static final String ENTITY = "agreement";

    private static final String SELECT = "select a from Agreement a join fetch a.organization o join fetch a.period p"
            + " join fetch a.recipient r join fetch a.district d";
    private static final String COUNT = "select count(a) from Agreement a join a.organization o join a.period p"
            + " join a.recipient r join a.district d";
    private static final Map<String, String> SORTS = Map.of(
            "startDate", "a.startDate", "endDate", "a.endDate", "status", "a.status",
            "organization", "o.name", "recipient", "r.name", "district", "d.name", "period", "p.startYear",
            "updatedAt", "a.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AgreementView> list(AgreementFilter filter, PageQuery paging) {
        QueryBuilder query = filter.applyTo(AgreementScope.restrict(new QueryBuilder(), caller.scope(), "a"), "a")
                .and("a.status = :p", Coded.parse(AgreementStatus.class, "status", filter.status))
                .and("(a.endDate is null or a.endDate >= :p)", filter.from)
                .and("a.startDate <= :p", filter.to)
                .matches(filter.q, "o.nameSearch", "r.nameSearch", "d.nameSearch", "lower(coalesce(a.documentNumber, ''))");
        String order = Sort.orderBy(paging.sort, SORTS, "a.startDate desc", "a.id");
        return query.page(em, COUNT, SELECT, order, Agreement.class, paging).map(AgreementView::of);
    }

    /** The agreement if it exists and lies in the caller's scope; otherwise 404, whichever it was. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement findInScope(long id) {
        QueryBuilder query = AgreementScope.restrict(new QueryBuilder(), caller.scope(), "a").and("a.id = :p", id);
        List<Agreement> rows = query.query(em, SELECT + query.where(), Agreement.class).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Thỏa thuận / agreement " + id);
        }
        return rows.get(0);
    }

    @Transactional
    public Agreement create(AgreementRequest request) {
        Agreement agreement = new Agreement();
        agreement.status = AgreementStatus.PROPOSED;
        agreement.organization = actingPartner(request.organizationId(), ONLY_ITSELF);
        apply(agreement, request);
        agreement.persistAndFlush();
        history.record(ENTITY, agreement.id, "created", null, AgreementView.of(agreement));
        return agreement;
    }

    @Transactional
    public Agreement update(long id, String ifMatch, AgreementRequest request) {
        Agreement agreement = findInScope(id);
        IfMatch.check(ifMatch, agreement.version);
        AgreementView before = AgreementView.of(agreement);
        Organization partner = request.organizationId() == null ? agreement.organization
                : actingPartner(request.organizationId(), ONLY_ITSELF);
        boolean partiesChange = !partner.id.equals(agreement.organization.id)
                || !Objects.equals(request.periodId(), agreement.period.id)
                || !Objects.equals(request.recipientId(), agreement.recipient.id);
        if (partiesChange && agreement.status != AgreementStatus.PROPOSED) {
            throw ApiException.invalidState("Chỉ đổi đơn vị, địa phương hoặc giai đoạn khi thỏa thuận còn ở trạng thái đề xuất / "
                    + "partner, recipient and period can change only while the agreement is proposed");
        }
        agreement.organization = partner;
        apply(agreement, request);
        agreement.flush();
        history.record(ENTITY, agreement.id, "updated", before, AgreementView.of(agreement));
        return agreement;
    }

    @Transactional
    public Agreement activate(long id, String ifMatch, String note) {
        return transition(id, ifMatch, note, AgreementStatus.ACTIVE, "activated",
                List.of(AgreementStatus.PROPOSED, AgreementStatus.SUSPENDED));
    }

    @Transactional
    public Agreement suspend(long id, String ifMatch, String note) {
        return transition(id, ifMatch, note, AgreementStatus.SUSPENDED, "suspended", List.of(AgreementStatus.ACTIVE));
    }

    @Transactional
    public Agreement end(long id, String ifMatch, String note) {
        return transition(id, ifMatch, note, AgreementStatus.ENDED, "ended",
                List.of(AgreementStatus.PROPOSED, AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED));
    }

    private Agreement transition(long id, String ifMatch, String note, AgreementStatus target, String action,
                                 List<AgreementStatus> allowedFrom) {
        Agreement agreement = findInScope(id);
        IfMatch.check(ifMatch, agreement.version);
        if (!allowedFrom.contains(agreement.status)) {
            throw ApiException.invalidState("Không thể chuyển từ '" + agreement.status.code() + "' sang '" + target.code()
                    + "' / cannot go from " + agreement.status.code() + " to " + target.code());
        }
        if (target == AgreementStatus.ACTIVE) {
            if (agreement.documentNumber == null || agreement.documentNumber.isBlank()) {
                throw new ApiException(ProblemType.INVALID_STATE,
                        "Cần số văn bản kết nghĩa đã ký trước khi kích hoạt / record the signed document number before activating",
                        List.of(FieldError.body("/documentNumber", "bắt buộc để kích hoạt / required to activate")));
            }
            long otherActive = Agreement.count("organization.id = ?1 and recipient.id = ?2 and period.id = ?3 and status = ?4 and id <> ?5",
                    agreement.organization.id, agreement.recipient.id, agreement.period.id, AgreementStatus.ACTIVE, agreement.id);
            if (otherActive > 0) {
                throw ApiException.conflict("Đơn vị này đã có một thỏa thuận đang hiệu lực với địa phương này trong giai đoạn này / "
                        + "the partner already has an active agreement with this recipient in this period");
            }
        }
        AgreementView before = AgreementView.of(agreement);
        agreement.status = target;
        agreement.flush();
        history.record(ENTITY, agreement.id, action, before, AgreementView.of(agreement), note);
        return agreement;
    }

    private static final String ONLY_ITSELF = "Đơn vị chỉ tạo thỏa thuận cho chính mình / a unit makes agreements only for itself";

    /**
     * The organisation a request acts for: a unit user's own (naming another is 403 with
     * {@code onlyItselfMessage}); for the province the one named, which must exist and be active.
     * Agreements and registrations to join the programme choose their organisation this way.
     */
    public Organization actingPartner(Long organizationId, String onlyItselfMessage) {
        Scope scope = caller.scope();
        if (scope instanceof Scope.Organization own) {
            if (organizationId != null && organizationId != own.organizationId()) {
                throw new ApiException(ProblemType.FORBIDDEN, onlyItselfMessage,
                        List.of(FieldError.body("/organizationId", "phải là đơn vị của bạn / must be your own organisation")));
            }
            return Organization.findById(own.organizationId());
        }
        if (!(scope instanceof Scope.All)) {
            throw ApiException.forbidden("Tài khoản không gắn với đơn vị nào / your account acts for no organisation");
        }
        if (organizationId == null) {
            throw ApiException.invalid("/organizationId", "bắt buộc / required");
        }
        Organization partner = Organization.findById(organizationId);
        if (partner == null) {
            throw ApiException.invalid("/organizationId", "không tồn tại / does not exist");
        }
        if (!partner.active) {
            throw ApiException.invalid("/organizationId", "đơn vị đã ngừng hoạt động / organisation is inactive");
        }
        return partner;
    }

    private void apply(Agreement agreement, AgreementRequest request) {
        Period period = Period.findById(request.periodId());
        if (period == null) {
            throw ApiException.invalid("/periodId", "không tồn tại / does not exist");
        }
        AdminUnit recipient = AdminUnit.findById(request.recipientId());
        if (recipient == null) {
            throw ApiException.invalid("/recipientId", "không tồn tại / does not exist");
        }
        if (recipient.abolishedOn != null) {
            throw ApiException.invalid("/recipientId", "đơn vị hành chính đã giải thể / administrative unit was abolished");
        }
        AdminUnit district = switch (recipient.level) {
            case COMMUNE -> recipient.parent;
            case DISTRICT -> {
                if (recipient.terrain != Terrain.MOUNTAINOUS) {
                    throw ApiException.invalid("/recipientId", "chỉ kết nghĩa với huyện miền núi / only mountainous districts receive twinning");
                }
                yield recipient;
            }
            case PROVINCE -> throw ApiException.invalid("/recipientId", "phải là xã hoặc huyện / must be a commune or a district");
        };
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ApiException.invalid("/endDate", "phải sau ngày bắt đầu / must not be before startDate");
        }
        if (request.startDate().isBefore(period.firstDay().minusYears(1)) || request.startDate().isAfter(period.lastDay())) {
            throw ApiException.invalid("/startDate", "phải nằm trong giai đoạn " + period.code + " / must fall within period " + period.code);
        }
        if (request.endDate() != null && request.endDate().isAfter(period.lastDay())) {
            throw ApiException.invalid("/endDate", "không được sau giai đoạn " + period.code + " / must not run past period " + period.code);
        }
        agreement.period = period;
        agreement.recipient = recipient;
        agreement.district = district;
        agreement.startDate = request.startDate();
        agreement.endDate = request.endDate();
        agreement.documentNumber = blankToNull(request.documentNumber());
        agreement.signedOn = request.signedOn();
        agreement.focalOfficerName = blankToNull(request.focalOfficerName());
        agreement.focalOfficerTitle = blankToNull(request.focalOfficerTitle());
        agreement.focalOfficerPhone = blankToNull(request.focalOfficerPhone());
        agreement.focalOfficerEmail = blankToNull(request.focalOfficerEmail());
        agreement.notes = blankToNull(request.notes());
    }

}
