package vn.ketnghia.joining;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.catalog.Period;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.common.persistence.AuditedEntity;

/** An organisation's request to join the programme in a period, helping the communes it proposes. */
@Entity
@Table(name = "registration")
public class Registration extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public Period period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    public Invitation invitation;

    @ElementCollection
    @CollectionTable(name = "registration_commune", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<ProposedCommune> communes = new ArrayList<>();

    /** Comma-separated area codes; read and written through {@link #areas()} and {@link #areas(List)}. */
    @Column(name = "support_areas", nullable = false)
    String supportAreas;

    @Column(nullable = false)
    public String commitment;

    @Column(name = "proposed_start_date", nullable = false)
    public LocalDate proposedStartDate;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_title")
    public String contactTitle;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(nullable = false)
    public RegistrationStatus status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Override
    public Long id() {
        return id;
    }

    public List<SupportArea> areas() {
        return Arrays.stream(supportAreas.split(","))
                .map(code -> Arrays.stream(SupportArea.values()).filter(a -> a.code().equals(code)).findFirst().orElseThrow())
                .toList();
    }

    /** Stores the areas once each, in the catalogue's order. */
    public void areas(List<SupportArea> areas) {
        supportAreas = Arrays.stream(SupportArea.values()).filter(areas::contains).map(SupportArea::code)
                .collect(Collectors.joining(","));
    }
}
