package vn.ketnghia.joining;

import static vn.ketnghia.common.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.agreement.AgreementDtos.AgreementRequest;
import vn.ketnghia.agreement.AgreementService;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.catalog.AdminLevel;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.AdminUnitFlag;
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
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.joining.JoiningDtos.ApproveRequest;
import vn.ketnghia.joining.JoiningDtos.RegistrationRequest;
import vn.ketnghia.joining.JoiningDtos.RegistrationView;
import vn.ketnghia.joining.JoiningFilters.RegistrationFilter;
import vn.ketnghia.notification.NotificationService;
import vn.ketnghia.notification.Party;

/**
 * Registrations to join the programme. An organisation (or the province on its behalf) registers,
 * proposing up to five especially-difficult communes; the province approves, which proposes one
 * agreement per approved commune through {@link AgreementService}, or declines with a reason.
 */
@ApplicationScoped
public class RegistrationService {

    public static final String ENTITY = "registration";
    public static final String KIND_SUBMITTED = "joining_registration_submitted";
    public static final String KIND_APPROVED = "joining_registration_approved";
    public static final String KIND_DECLINED = "joining_registration_declined";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String SELECT = "select r from Registration r join fetch r.period p join fetch r.organization o";
    private static final String COUNT = "select count(r) from Registration r join r.period p join r.organization o";
    private static final String PROPOSES_IN_DISTRICT = "exists (select 1 from Registration r2 join r2.communes c where r2.id = r.id"
            + " and (c.commune.id = :p or c.commune.parent.id = :p))";
    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "r.createdAt", "proposedStartDate", "r.proposedStartDate", "status", "r.status",
            "organization", "o.name", "period", "p.startYear", "updatedAt", "r.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Inject
    AgreementService agreements;

    @Inject
    InvitationService invitations;

    @Inject
    NotificationService notifications;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RegistrationView> list(RegistrationFilter filter, PageQuery paging) {
        QueryBuilder query = restrict(new QueryBuilder())
                .and("p.id = :p", filter.periodId)
                .and("o.id = :p", filter.organizationId)
                .and(PROPOSES_IN_DISTRICT, filter.districtId)
                .and("r.status = :p", Coded.parse(RegistrationStatus.class, "status", filter.status))
                .matches(filter.q, "o.nameSearch");
        String order = Sort.orderBy(paging.sort, SORTS, "r.createdAt desc", "r.id desc");
        return query.page(em, COUNT, SELECT, order, Registration.class, paging).map(RegistrationView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistrationView get(long id) {
        return RegistrationView.of(findInScope(id));
    }

    @Transactional
    public RegistrationView create(RegistrationRequest request) {
        Organization organization = agreements.actingPartner(request.organizationId(),
                "Đơn vị chỉ đăng ký cho chính mình / a unit registers only itself");
        Period period = periodOf(request.periodId());
        Registration registration = new Registration();
        registration.organization = organization;
        registration.period = period;
        registration.status = RegistrationStatus.SUBMITTED;
        registration.invitation = invitationFor(request.invitationId(), organization, period);
        apply(registration, request);
        if (Registration.count("organization.id = ?1 and period.id = ?2 and status = ?3",
                organization.id, period.id, RegistrationStatus.SUBMITTED) > 0) {
            throw ApiException.conflict(organization.name + " đã có một đăng ký đang chờ xét duyệt trong " + InvitationLetter.inText(period.name)
                    + "; hãy sửa đăng ký đó / a registration of this organisation is already waiting for a decision");
        }
        registration.persistAndFlush();
        RegistrationView view = RegistrationView.of(registration);
        history.record(ENTITY, registration.id, "submitted", null, view);
        invitations.markRegistered(organization.id, period.id);
        notifications.notify(Party.province(), KIND_SUBMITTED, "Đăng ký tham gia kết nghĩa: " + organization.name,
                organization.name + " đăng ký tham gia kết nghĩa trong " + InvitationLetter.inText(period.name) + ", đề xuất giúp đỡ "
                        + communeNames(registration) + ".", link(registration.id), null);
        return view;
    }

    @Transactional
    public RegistrationView update(long id, String ifMatch, RegistrationRequest request) {
        Registration registration = findInScope(id);
        IfMatch.check(ifMatch, registration.version);
        requireSubmitted(registration);
        if (request.organizationId() != null && !request.organizationId().equals(registration.organization.id)) {
            throw ApiException.invalid("/organizationId", "không đổi được đơn vị của một đăng ký / the organisation of a registration cannot change");
        }
        RegistrationView before = RegistrationView.of(registration);
        Period period = periodOf(request.periodId());
        if (!period.id.equals(registration.period.id)) {
            registration.period = period;
        }
        Long currentInvitation = registration.invitation == null ? null : registration.invitation.id;
        if (!Objects.equals(request.invitationId(), currentInvitation)) {
            registration.invitation = invitationFor(request.invitationId(), registration.organization, period);
        }
        apply(registration, request);
        registration.touch();
        registration.flush();
        RegistrationView after = RegistrationView.of(registration);
        history.record(ENTITY, registration.id, "updated", before, after);
        return after;
    }

    /**
     * Approves the registration: for each approved commune (all proposed when none are named) an
     * agreement is proposed for the organisation, period and commune, starting on {@code startDate} (the
     * proposed start when not given); signing and activation then follow the agreements' usual steps.
     */
    @Transactional
    public RegistrationView approve(long id, String ifMatch, ApproveRequest request) {
        Registration registration = findInScope(id);
        IfMatch.check(ifMatch, registration.version);
        requireSubmitted(registration);
        RegistrationView before = RegistrationView.of(registration);
        List<ProposedCommune> approved = new ArrayList<>();
        if (request == null || request.communeIds() == null) {
            approved.addAll(registration.communes);
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < request.communeIds().size(); i++) {
                Long communeId = request.communeIds().get(i);
                String pointer = "/communeIds/" + i;
                if (!seen.add(communeId)) {
                    throw ApiException.invalid(pointer, "trùng lặp / listed twice");
                }
                ProposedCommune proposed = registration.communes.stream().filter(c -> c.commune.id.equals(communeId))
                        .findFirst().orElseThrow(() -> ApiException.invalid(pointer,
                                "không có trong đăng ký / not among the communes proposed"));
                approved.add(proposed);
            }
        }
        LocalDate startDate = request == null || request.startDate() == null ? registration.proposedStartDate : request.startDate();
        requireNoAgreement(registration.organization, registration.period, approved.stream().map(c -> c.commune).toList());
        Map<Long, AdminUnit> districts = new LinkedHashMap<>();
        for (ProposedCommune proposed : approved) {
            Agreement agreement = agreements.create(new AgreementRequest(registration.organization.id, registration.period.id,
                    proposed.commune.id, startDate, null, null, null, registration.contactName, registration.contactTitle,
                    registration.contactPhone, registration.contactEmail,
                    "Đề xuất từ đăng ký tham gia số " + registration.id + " / proposed from registration " + registration.id));
            proposed.agreement = agreement;
            districts.putIfAbsent(agreement.district.id, agreement.district);
        }
        registration.status = RegistrationStatus.APPROVED;
        registration.decisionReason = request == null ? null : blankToNull(request.note());
        decided(registration);
        RegistrationView after = RegistrationView.of(registration);
        history.record(ENTITY, registration.id, "approved", before, after, registration.decisionReason);
        String names = approved.stream().map(c -> c.commune.kindLabel() + " " + c.commune.name).reduce((a, b) -> a + ", " + b).orElse("");
        notifications.notify(Party.organization(registration.organization.id), KIND_APPROVED,
                "Đăng ký tham gia kết nghĩa được chấp thuận, " + InvitationLetter.inText(registration.period.name),
                "Ban Dân tộc tỉnh chấp thuận đăng ký của " + registration.organization.name + " kết nghĩa với " + names
                        + " từ ngày " + DAY.format(startDate) + ". Đề nghị đơn vị phối hợp với địa phương ký kết thỏa thuận kết nghĩa.",
                link(registration.id), null);
        for (AdminUnit district : districts.values()) {
            String inDistrict = approved.stream().filter(c -> districtOf(c.commune).id.equals(district.id))
                    .map(c -> c.commune.kindLabel() + " " + c.commune.name).reduce((a, b) -> a + ", " + b).orElse("");
            notifications.notify(Party.district(district.id), KIND_APPROVED,
                    registration.organization.name + " nhận kết nghĩa với " + inDistrict,
                    "Ban Dân tộc tỉnh chấp thuận đăng ký của " + registration.organization.name + " kết nghĩa, giúp đỡ " + inDistrict
                            + " trong " + InvitationLetter.inText(registration.period.name) + ". Thỏa thuận kết nghĩa đã được lập ở trạng thái đề xuất.",
                    link(registration.id), null);
        }
        return after;
    }

    @Transactional
    public RegistrationView decline(long id, String ifMatch, String reason) {
        Registration registration = findInScope(id);
        IfMatch.check(ifMatch, registration.version);
        requireSubmitted(registration);
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("/reason", "bắt buộc / required");
        }
        RegistrationView before = RegistrationView.of(registration);
        registration.status = RegistrationStatus.DECLINED;
        registration.decisionReason = reason.strip();
        decided(registration);
        RegistrationView after = RegistrationView.of(registration);
        history.record(ENTITY, registration.id, "declined", before, after, registration.decisionReason);
        notifications.notify(Party.organization(registration.organization.id), KIND_DECLINED,
                "Đăng ký tham gia kết nghĩa chưa được chấp thuận, " + InvitationLetter.inText(registration.period.name),
                "Lý do: " + registration.decisionReason, link(registration.id), null);
        return after;
    }

    @Transactional
    public RegistrationView withdraw(long id, String ifMatch, String note) {
        Registration registration = findInScope(id);
        IfMatch.check(ifMatch, registration.version);
        requireSubmitted(registration);
        RegistrationView before = RegistrationView.of(registration);
        registration.status = RegistrationStatus.WITHDRAWN;
        registration.decisionReason = blankToNull(note);
        decided(registration);
        RegistrationView after = RegistrationView.of(registration);
        history.record(ENTITY, registration.id, "withdrawn", before, after, registration.decisionReason);
        return after;
    }

    /** The registration if it exists and lies in the caller's scope; otherwise 404, whichever it was. */
    Registration findInScope(long id) {
        QueryBuilder query = restrict(new QueryBuilder()).and("r.id = :p", id);
        List<Registration> rows = query.query(em, SELECT + query.where(), Registration.class).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Đăng ký / registration " + id);
        }
        return rows.getFirst();
    }

    private QueryBuilder restrict(QueryBuilder query) {
        return switch (caller.scope()) {
            case Scope.All all -> query;
            case Scope.Organization own -> query.and("o.id = :p", own.organizationId());
            case Scope.District district -> query.and(PROPOSES_IN_DISTRICT, district.districtId());
            case Scope.Nothing nothing -> query.and("1 = 0");
        };
    }

    private void decided(Registration registration) {
        registration.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        registration.decidedBy = caller.displayName();
        registration.flush();
    }

    private static void requireSubmitted(Registration registration) {
        if (registration.status != RegistrationStatus.SUBMITTED) {
            throw ApiException.invalidState("Đăng ký đã ở trạng thái '" + registration.status.code()
                    + "'; chỉ xử lý được đăng ký đang chờ xét duyệt / only a submitted registration can change");
        }
    }

    private static Period periodOf(Long periodId) {
        Period period = Period.findById(periodId);
        if (period == null) {
            throw ApiException.invalid("/periodId", "không tồn tại / does not exist");
        }
        return period;
    }

    /** The invitation named, which must be the organisation's for the period; otherwise its waiting one, if any. */
    private static Invitation invitationFor(Long invitationId, Organization organization, Period period) {
        if (invitationId == null) {
            return Invitation.<Invitation>find("organization.id = ?1 and period.id = ?2 and status = ?3 order by id desc",
                    organization.id, period.id, InvitationStatus.SENT).firstResult();
        }
        Invitation invitation = Invitation.findById(invitationId);
        if (invitation == null || !invitation.organization.id.equals(organization.id) || !invitation.period.id.equals(period.id)) {
            throw ApiException.invalid("/invitationId", "không phải thư mời gửi đơn vị này trong giai đoạn này / "
                    + "not an invitation to this organisation for this period");
        }
        if (invitation.status == InvitationStatus.CANCELLED) {
            throw new ApiException(ProblemType.INVALID_STATE, "Thư mời đã bị hủy / the invitation was cancelled",
                    List.of(FieldError.body("/invitationId", "đã hủy / cancelled")));
        }
        return invitation;
    }

    private void apply(Registration registration, RegistrationRequest request) {
        Period period = registration.period;
        List<AdminUnit> communes = communesFor(request.communeIds(), period);
        requireNoAgreement(registration.organization, period, communes);
        if (request.proposedStartDate().isBefore(period.firstDay().minusYears(1)) || request.proposedStartDate().isAfter(period.lastDay())) {
            throw ApiException.invalid("/proposedStartDate", "phải nằm trong giai đoạn " + period.code + " / must fall within period " + period.code);
        }
        registration.communes.clear();
        communes.forEach(c -> registration.communes.add(new ProposedCommune(c)));
        registration.areas(request.supportAreas());
        registration.commitment = request.commitment().strip();
        registration.proposedStartDate = request.proposedStartDate();
        registration.contactName = request.contactName().strip();
        registration.contactTitle = blankToNull(request.contactTitle());
        registration.contactPhone = blankToNull(request.contactPhone());
        registration.contactEmail = blankToNull(request.contactEmail());
    }

    /**
     * The communes named, each of which must be a commune flagged especially difficult in the period or,
     * for district-to-district twinning, a mountainous district, as agreements require.
     */
    private static List<AdminUnit> communesFor(List<Long> ids, Period period) {
        List<AdminUnit> communes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String pointer = "/communeIds/" + i;
            Long id = ids.get(i);
            if (!seen.add(id)) {
                throw ApiException.invalid(pointer, "trùng lặp / listed twice");
            }
            AdminUnit unit = AdminUnit.findById(id);
            if (unit == null) {
                throw ApiException.invalid(pointer, "không tồn tại / does not exist");
            }
            if (unit.abolishedOn != null) {
                throw ApiException.invalid(pointer, "đơn vị hành chính đã giải thể / administrative unit was abolished");
            }
            switch (unit.level) {
                case COMMUNE -> {
                    AdminUnitFlag flag = unit.flagFor(period.id);
                    if (flag == null || !flag.especiallyDifficult) {
                        throw new ApiException(ProblemType.CONFLICT, "Xã " + unit.name + " không thuộc diện đặc biệt khó khăn trong "
                                + InvitationLetter.inText(period.name) + " / the commune is not flagged especially difficult in this period",
                                List.of(FieldError.body(pointer, "không phải xã đặc biệt khó khăn trong giai đoạn / not especially difficult in the period")));
                    }
                }
                case DISTRICT -> {
                    if (unit.terrain != Terrain.MOUNTAINOUS) {
                        throw ApiException.invalid(pointer, "chỉ kết nghĩa với huyện miền núi / only mountainous districts receive twinning");
                    }
                }
                case PROVINCE -> throw ApiException.invalid(pointer, "phải là xã hoặc huyện / must be a commune or a district");
            }
            communes.add(unit);
        }
        return communes;
    }

    /** 409 naming the first commune the organisation already has a proposed or active agreement with in the period. */
    private void requireNoAgreement(Organization organization, Period period, List<AdminUnit> communes) {
        if (communes.isEmpty()) {
            return;
        }
        List<String> names = em.createQuery("select r.name from Agreement a join a.recipient r where a.organization.id = :org"
                        + " and a.period.id = :period and r.id in :ids and a.status in :statuses order by r.name", String.class)
                .setParameter("org", organization.id).setParameter("period", period.id)
                .setParameter("ids", communes.stream().map(c -> c.id).toList())
                .setParameter("statuses", List.of(AgreementStatus.PROPOSED, AgreementStatus.ACTIVE)).getResultList();
        if (!names.isEmpty()) {
            throw ApiException.conflict(organization.name + " đã có thỏa thuận kết nghĩa (đề xuất hoặc đang hiệu lực) với "
                    + String.join(", ", names) + " trong " + InvitationLetter.inText(period.name) + " / already has an agreement with it in this period");
        }
    }

    private static AdminUnit districtOf(AdminUnit unit) {
        return unit.level == AdminLevel.COMMUNE ? unit.parent : unit;
    }

    private static String communeNames(Registration registration) {
        return registration.communes.stream().map(c -> c.commune.kindLabel() + " " + c.commune.name)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String link(long registrationId) {
        return "/joining/registrations/" + registrationId;
    }
}
