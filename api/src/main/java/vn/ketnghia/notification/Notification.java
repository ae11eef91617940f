package vn.ketnghia.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An in-app notice to a party (the province's office, a partner organisation or a district). */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "district_id")
    public Long districtId;

    /** report_reminder, report_submitted, report_returned, report_accepted, ... */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** A portal path the notice leads to, e.g. /reports/12. */
    public String link;

    /** Makes jobs idempotent, e.g. one reminder digest per recipient and day. */
    @Column(name = "dedup_key")
    public String dedupKey;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    @Column(name = "read_by")
    public String readBy;

    @Column(name = "emailed_to")
    public String emailedTo;

    @Column(name = "emailed_at")
    public OffsetDateTime emailedAt;
}
