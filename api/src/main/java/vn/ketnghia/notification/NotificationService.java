package vn.ketnghia.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.notification.NotificationDtos.NotificationView;
import static vn.ketnghia.common.text.Texts.blankToNull;

/** Creates notices for parties (and mails them when mail is on) and serves each party's inbox. */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);
    private static final String SELECT = "select n from Notification n";
    private static final String COUNT = "select count(n) from Notification n";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Mailer mailer;

    @Inject
    MailConfig mail;

    /**
     * Files a notice in the party's inbox and, when mail is on and the party has an address, mails
     * it. With a dedup key that was used before, nothing happens and the result is empty: jobs can
     * run again without repeating themselves.
     */
    @Transactional
    public Optional<Notification> notify(Party party, String kind, String title, String body, String link, String dedupKey) {
        if (dedupKey != null && !em.createQuery("select n.id from Notification n where n.dedupKey = :key", Long.class)
                .setParameter("key", dedupKey).setMaxResults(1).getResultList().isEmpty()) {
            return Optional.empty();
        }
        Notification notification = new Notification();
        notification.recipientKind = party.kind();
        notification.organizationId = party.organizationId();
        notification.districtId = party.districtId();
        notification.kind = kind;
        notification.title = title;
        notification.body = body;
        notification.link = link;
        notification.dedupKey = dedupKey;
        notification.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (mail.enabled()) {
            addressOf(party).ifPresent(address -> send(notification, address));
        }
        notification.persist();
        return Optional.of(notification);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> inbox(Boolean unread, PageQuery paging) {
        Optional<Party> party = Party.of(caller);
        if (party.isEmpty()) {
            return new Page<>(List.of(), paging.page, paging.size, 0);
        }
        QueryBuilder query = addressedTo(party.get());
        if (Boolean.TRUE.equals(unread)) {
            query.and("n.readAt is null");
        } else if (Boolean.FALSE.equals(unread)) {
            query.and("n.readAt is not null");
        }
        return query.page(em, COUNT, SELECT, " order by n.createdAt desc, n.id desc", Notification.class, paging)
                .map(NotificationView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount() {
        return Party.of(caller).map(party -> {
            QueryBuilder query = addressedTo(party).and("n.readAt is null");
            return query.query(em, COUNT + query.where(), Long.class).getSingleResult();
        }).orElse(0L);
    }

    /** Marking read again keeps the first reader and time. */
    @Transactional
    public NotificationView markRead(long id) {
        Notification notification = Party.of(caller)
                .flatMap(party -> {
                    QueryBuilder query = addressedTo(party).and("n.id = :p", id);
                    return query.query(em, SELECT + query.where(), Notification.class).getResultStream().findFirst();
                })
                .orElseThrow(() -> ApiException.notFound("Thông báo / notification " + id));
        if (notification.readAt == null) {
            notification.readAt = OffsetDateTime.now(ZoneOffset.UTC);
            notification.readBy = caller.username();
        }
        return NotificationView.of(notification);
    }

    /** Returns how many notices were unread. */
    @Transactional
    public long markAllRead() {
        Optional<Party> party = Party.of(caller);
        if (party.isEmpty()) {
            return 0;
        }
        String where = switch (party.get().kind()) {
            case PROVINCE -> "n.recipientKind = :kind";
            case ORGANIZATION -> "n.organizationId = :party";
            case DISTRICT -> "n.districtId = :party";
        };
        var update = em.createQuery("update Notification n set n.readAt = :now, n.readBy = :by where n.readAt is null and " + where)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("by", caller.username());
        if (party.get().kind() == RecipientKind.PROVINCE) {
            update.setParameter("kind", RecipientKind.PROVINCE);
        } else {
            update.setParameter("party", party.get().kind() == RecipientKind.ORGANIZATION
                    ? party.get().organizationId() : party.get().districtId());
        }
        return update.executeUpdate();
    }

    private static QueryBuilder addressedTo(Party party) {
        return switch (party.kind()) {
            case PROVINCE -> new QueryBuilder().and("n.recipientKind = :p", RecipientKind.PROVINCE);
            case ORGANIZATION -> new QueryBuilder().and("n.organizationId = :p", party.organizationId());
            case DISTRICT -> new QueryBuilder().and("n.districtId = :p", party.districtId());
        };
    }

    /** A partner's focal officer reads reminders before the organisation's general mailbox does. */
    private Optional<String> addressOf(Party party) {
        return switch (party.kind()) {
            case PROVINCE -> mail.provinceAddress().map(String::trim).filter(a -> !a.isEmpty());
            case ORGANIZATION -> Optional.ofNullable(em.find(Organization.class, party.organizationId()))
                    .map(o -> blankToNull(o.officerEmail) != null ? blankToNull(o.officerEmail) : blankToNull(o.email));
            case DISTRICT -> Optional.ofNullable(em.find(AdminUnit.class, party.districtId())).map(d -> blankToNull(d.email));
        };
    }

    /** A mail server that is down must not lose the in-app notice; the notice then shows it was not mailed. */
    private void send(Notification notification, String address) {
        String text = notification.body
                + (notification.link == null ? "" : "\n\nXem trên cổng thông tin / open in the portal: " + mail.portalUrl() + notification.link)
                + "\n\n--\nBan Dân tộc tỉnh — Cổng thông tin kết nghĩa (thư tự động, vui lòng không trả lời).";
        try {
            mailer.send(Mail.withText(address, notification.title, text));
            notification.emailedTo = address;
            notification.emailedAt = OffsetDateTime.now(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not mail notice '%s' to %s", notification.title, address);
        }
    }
}
