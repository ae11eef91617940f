package vn.ketnghia.agreement;

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
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.catalog.Period;
import vn.ketnghia.common.persistence.AuditedEntity;

/**
 * A twinning agreement: a partner organisation helps a commune (or a lowland district helps a
 * mountainous district) during a programme period.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public Period period;

    /** The commune helped, or the mountainous district in a district-to-district twinning. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    public AdminUnit recipient;

    /** The receiving district; district users see agreements by this column. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    public AdminUnit district;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(nullable = false)
    public AgreementStatus status;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "focal_officer_name")
    public String focalOfficerName;

    @Column(name = "focal_officer_title")
    public String focalOfficerTitle;

    @Column(name = "focal_officer_phone")
    public String focalOfficerPhone;

    @Column(name = "focal_officer_email")
    public String focalOfficerEmail;

    public String notes;

    @Override
    public Long id() {
        return id;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }
}
