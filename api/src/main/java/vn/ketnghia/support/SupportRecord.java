package vn.ketnghia.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.catalog.SupportCategory;
import vn.ketnghia.common.persistence.AuditedEntity;
import vn.ketnghia.common.text.SearchText;

/** What a partner actually gave or did under an agreement, later confirmed by the receiving district. */
@Entity
@Table(name = "support_record")
public class SupportRecord extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @Column(name = "support_date", nullable = false)
    public LocalDate supportDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public SupportCategory category;

    @Column(nullable = false)
    public String description;

    /** Folded copy of the description for diacritics-free search; kept in step by {@link #foldSearchText}. */
    @Column(name = "description_search", nullable = false)
    public String descriptionSearch;

    public BigDecimal quantity;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    @Column(name = "value_vnd", nullable = false)
    public long valueVnd;

    @Column(nullable = false)
    public SupportForm form;

    @Column(name = "funding_source", nullable = false)
    public FundingSource fundingSource;

    @Column(name = "enterprise_name")
    public String enterpriseName;

    @Column(name = "beneficiary_households")
    public Integer beneficiaryHouseholds;

    @Column(name = "beneficiary_people")
    public Integer beneficiaryPeople;

    @Column(name = "beneficiary_students")
    public Integer beneficiaryStudents;

    /** A plain id: the plan feature owns plan items, and this record only points at one. */
    @Column(name = "plan_item_id")
    public Long planItemId;

    @Column(nullable = false)
    public SupportRecordStatus status;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmation_note")
    public String confirmationNote;

    @Override
    public Long id() {
        return id;
    }

    /** Runs for every writer (services, demo data), so no code path can leave the search copy stale. */
    @PrePersist
    @PreUpdate
    void foldSearchText() {
        descriptionSearch = SearchText.fold(description);
    }
}
