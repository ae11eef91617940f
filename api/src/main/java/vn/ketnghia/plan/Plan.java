package vn.ketnghia.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.common.persistence.AuditedEntity;

/**
 * A partner's plan under an agreement: the plan for the whole period or the programme of one
 * year. Its items are loaded in batches by {@link PlanService}, not through a collection here.
 */
@Entity
@Table(name = "plan")
public class Plan extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", updatable = false)
    public Agreement agreement;

    @Column(nullable = false, updatable = false)
    public PlanKind kind;

    /** The programme year; null for the period plan. */
    @Column(updatable = false)
    public Integer year;

    @Column(nullable = false)
    public String title;

    public String notes;

    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "agreed_at")
    public OffsetDateTime agreedAt;

    /** Username of the district officer (or district system) that agreed. */
    @Column(name = "agreed_by")
    public String agreedBy;

    @Column(name = "agreement_note")
    public String agreementNote;

    @Override
    public Long id() {
        return id;
    }
}
