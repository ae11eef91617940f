package vn.ketnghia.need;

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
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.common.persistence.AuditedEntity;

/** A partner's promise to meet (part of) a need, carried out as an item of its annual programme. */
@Entity
@Table(name = "need_pledge")
public class NeedPledge extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id", updatable = false)
    public CommuneNeed need;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", updatable = false)
    public Organization organization;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", updatable = false)
    public Agreement agreement;

    /** A plain id: the plan feature owns plan items. Null once the pledge is withdrawn and its item removed. */
    @Column(name = "plan_item_id")
    public Long planItemId;

    @Column(name = "pledged_vnd", nullable = false)
    public long pledgedVnd;

    @Column(nullable = false)
    public int year;

    public String description;

    @Column(nullable = false)
    public PledgeStatus status;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Override
    public Long id() {
        return id;
    }
}
