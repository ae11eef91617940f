package vn.ketnghia.joining;

import static vn.ketnghia.common.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.catalog.Period;
import vn.ketnghia.common.error.ApiException;
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
import vn.ketnghia.common.web.Ref;
import vn.ketnghia.joining.JoiningDtos.InvitationRequest;
import vn.ketnghia.joining.JoiningDtos.InvitationView;
import vn.ketnghia.joining.JoiningFilters.InvitationFilter;
import vn.ketnghia.notification.NotificationService;
import vn.ketnghia.notification.Party;

/** Invitations to join the programme: the province sends them, the invited organisation reads its own. */
@ApplicationScoped
public class InvitationService {

    public static final String ENTITY = "invitation";
    public static final String KIND_INVITED = "joining_invitation";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String SELECT = "select i from Invitation i join fetch i.period p join fetch i.organization o";
    private static final String COUNT = "select count(i) from Invitation i join i.period p join i.organization o";
    private static final Map<String, String> SORTS = Map.of(
            "sentOn", "i.sentOn", "replyBy", "i.replyBy", "organization", "o.name", "status", "i.status",
            "period", "p.startYear", "updatedAt", "i.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    History history;

    @Inject
    NotificationService notifications;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InvitationView> list(InvitationFilter filter, PageQuery paging) {
        LocalDate today = ProgrammeDate.today();
        QueryBuilder query = restrict(new QueryBuilder())
                .and("p.id = :p", filter.periodId)
                .and("o.id = :p", filter.organizationId)
                .matches(filter.q, "o.nameSearch");
        InvitationStatus status = Coded.parse(InvitationStatus.class, "status", filter.status);
        if (status == InvitationStatus.EXPIRED) {
            query.and("i.status = :p", InvitationStatus.SENT).and("i.replyBy < :p", today);
        } else if (status == InvitationStatus.SENT) {
            query.and("i.status = :p", InvitationStatus.SENT).and("i.replyBy >= :p", today);
        } else {
            query.and("i.status = :p", status);
        }
        String order = Sort.orderBy(paging.sort, SORTS, "i.sentOn desc", "i.id desc");
        Page<Invitation> page = query.page(em, COUNT, SELECT, order, Invitation.class, paging);
        Map<Long, Long> answers = registrationsAnswering(page.items().stream().map(i -> i.id).toList());
        return page.map(i -> view(i, answers.get(i.id), today));
    }

    /** The invitation if it exists and the caller may see it; otherwise 404, whichever it was. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Invitation findInScope(long id) {
        QueryBuilder query = restrict(new QueryBuilder()).and("i.id = :p", id);
        List<Invitation> rows = query.query(em, SELECT + query.where(), Invitation.class).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Thư mời / invitation " + id);
        }
        return rows.getFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvitationView view(Invitation invitation) {
        return view(invitation, registrationsAnswering(List.of(invitation.id)).get(invitation.id), ProgrammeDate.today());
    }

    /**
     * One invitation per organisation. All or nothing: an organisation that already takes part in the
     * period (a proposed or active agreement) or still has an invitation waiting is refused with 409
     * naming it, and then no invitation is sent.
     */
    @Transactional
    public List<Invitation> create(InvitationRequest request) {
        LocalDate today = ProgrammeDate.today();
        Period period = Period.findById(request.periodId());
        if (period == null) {
            throw ApiException.invalid("/periodId", "không tồn tại / does not exist");
        }
        if (request.replyBy().isBefore(today)) {
            throw ApiException.invalid("/replyBy", "không được trước hôm nay / must not be in the past");
        }
        List<Organization> organizations = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.organizationIds().size(); i++) {
            Long id = request.organizationIds().get(i);
            if (!seen.add(id)) {
                throw ApiException.invalid("/organizationIds/" + i, "trùng lặp / listed twice");
            }
            Organization organization = Organization.findById(id);
            if (organization == null) {
                throw ApiException.invalid("/organizationIds/" + i, "không tồn tại / does not exist");
            }
            if (!organization.active) {
                throw ApiException.invalid("/organizationIds/" + i, "đơn vị đã ngừng hoạt động / organisation is inactive");
            }
            organizations.add(organization);
        }
        List<String> taking = em.createQuery("select distinct o.name from Agreement a join a.organization o "
                        + "where a.period.id = :period and o.id in :ids and a.status in :statuses order by o.name", String.class)
                .setParameter("period", period.id).setParameter("ids", seen)
                .setParameter("statuses", List.of(AgreementStatus.PROPOSED, AgreementStatus.ACTIVE)).getResultList();
        if (!taking.isEmpty()) {
            throw ApiException.conflict("Đã tham gia kết nghĩa trong " + InvitationLetter.inText(period.name) + " (có thỏa thuận đề xuất hoặc đang hiệu lực): "
                    + String.join("; ", taking) + " / already take part in this period");
        }
        List<String> waiting = em.createQuery("select distinct o.name from Invitation i join i.organization o "
                        + "where i.period.id = :period and o.id in :ids and i.status = :sent and i.replyBy >= :today order by o.name", String.class)
                .setParameter("period", period.id).setParameter("ids", seen)
                .setParameter("sent", InvitationStatus.SENT).setParameter("today", today).getResultList();
        if (!waiting.isEmpty()) {
            throw ApiException.conflict("Đã có thư mời đang chờ trả lời trong " + InvitationLetter.inText(period.name) + ": "
                    + String.join("; ", waiting) + " / an invitation is already waiting for a reply");
        }
        List<Invitation> created = new ArrayList<>();
        for (Organization organization : organizations) {
            Invitation invitation = new Invitation();
            invitation.period = period;
            invitation.organization = organization;
            invitation.sentOn = today;
            invitation.replyBy = request.replyBy();
            invitation.message = blankToNull(request.message());
            invitation.documentNumber = blankToNull(request.documentNumber());
            invitation.status = InvitationStatus.SENT;
            invitation.persistAndFlush();
            history.record(ENTITY, invitation.id, "sent", null, view(invitation, null, today));
            notifications.notify(Party.organization(organization.id), KIND_INVITED,
                    "Thư mời tham gia kết nghĩa, " + InvitationLetter.inText(period.name),
                    "Ban Dân tộc tỉnh đề nghị " + organization.name + " đăng ký tham gia công tác kết nghĩa, giúp đỡ các xã "
                            + "đặc biệt khó khăn miền núi trong " + InvitationLetter.inText(period.name) + " trước ngày " + DAY.format(invitation.replyBy) + "."
                            + (invitation.message == null ? "" : " " + invitation.message),
                    "/joining/registrations/new?invitationId=" + invitation.id, "invitation:" + invitation.id);
            created.add(invitation);
        }
        return created;
    }

    @Transactional
    public Invitation cancel(long id, String ifMatch, String reason) {
        Invitation invitation = findInScope(id);
        IfMatch.check(ifMatch, invitation.version);
        if (invitation.status != InvitationStatus.SENT) {
            throw ApiException.invalidState("Chỉ hủy được thư mời chưa được trả lời / only an unanswered invitation can be cancelled");
        }
        LocalDate today = ProgrammeDate.today();
        InvitationView before = view(invitation, null, today);
        invitation.status = InvitationStatus.CANCELLED;
        invitation.cancelReason = blankToNull(reason);
        invitation.flush();
        history.record(ENTITY, invitation.id, "cancelled", before, view(invitation, null, today), invitation.cancelReason);
        return invitation;
    }

    /** Marks the organisation's waiting invitations of the period as answered; called when it registers. */
    @Transactional(Transactional.TxType.MANDATORY)
    void markRegistered(long organizationId, long periodId) {
        LocalDate today = ProgrammeDate.today();
        List<Invitation> open = Invitation.list("organization.id = ?1 and period.id = ?2 and status = ?3",
                organizationId, periodId, InvitationStatus.SENT);
        for (Invitation invitation : open) {
            InvitationView before = view(invitation, null, today);
            invitation.status = InvitationStatus.REGISTERED;
            invitation.flush();
            history.record(ENTITY, invitation.id, "registered", before, view(invitation, null, today));
        }
    }

    private QueryBuilder restrict(QueryBuilder query) {
        return switch (caller.scope()) {
            case Scope.All all -> query;
            case Scope.Organization own -> query.and("o.id = :p", own.organizationId());
            case Scope.District district -> query.and("1 = 0");
            case Scope.Nothing nothing -> query.and("1 = 0");
        };
    }

    private Map<Long, Long> registrationsAnswering(List<Long> invitationIds) {
        if (invitationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> answers = new HashMap<>();
        em.createQuery("select r.invitation.id, max(r.id) from Registration r where r.invitation.id in :ids group by r.invitation.id",
                        Object[].class)
                .setParameter("ids", invitationIds).getResultList()
                .forEach(row -> answers.put((Long) row[0], (Long) row[1]));
        return answers;
    }

    static InvitationView view(Invitation i, Long registrationId, LocalDate today) {
        return new InvitationView(i.id, new Ref(i.period.id, i.period.code, i.period.name),
                new Ref(i.organization.id, i.organization.code, i.organization.name), i.organization.kind.code(),
                i.sentOn, i.replyBy, i.message, i.documentNumber, i.statusOn(today), i.cancelReason, registrationId,
                i.version, i.createdAt, i.createdBy, i.updatedAt, i.updatedBy);
    }
}
