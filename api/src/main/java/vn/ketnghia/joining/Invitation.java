package vn.ketnghia.joining;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.catalog.Period;
import vn.ketnghia.common.persistence.AuditedEntity;

/** The province's invitation to an organisation that does not take part in a period (task 3). */
@Entity
@Table(name = "invitation")
public class Invitation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public Period period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    @Column(name = "reply_by", nullable = false)
    public LocalDate replyBy;

    public String message;

    @Column(name = "document_number")
    public String documentNumber;

    /** Stored status: sent, registered or cancelled; see {@link #statusOn}. */
    @Column(nullable = false)
    public InvitationStatus status;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Override
    public Long id() {
        return id;
    }

    /** The status as the caller sees it on {@code today}: a sent invitation past its reply date is expired. */
    public InvitationStatus statusOn(LocalDate today) {
        return status == InvitationStatus.SENT && replyBy.isBefore(today) ? InvitationStatus.EXPIRED : status;
    }
}
