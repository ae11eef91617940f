package vn.ketnghia.reporting;

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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.common.persistence.AuditedEntity;

/**
 * One reporter's report for one period. The row is also the reporter's place on the period's
 * roster: created for everyone due to report when the period opens, or added later by the province.
 */
@Entity
@Table(name = "report")
public class Report extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public ReportingPeriod period;

    @Column(name = "reporter_kind", nullable = false)
    public ReporterKind reporterKind;

    /** Set when the reporter is a partner organisation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    /** Set when the reporter is a receiving district. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public AdminUnit district;

    @Column(name = "roster_source", nullable = false)
    public RosterSource rosterSource;

    @Column(name = "added_reason")
    public String addedReason;

    @Column(nullable = false)
    public boolean excused;

    @Column(name = "excuse_reason")
    public String excuseReason;

    @Column(name = "excused_at")
    public OffsetDateTime excusedAt;

    @Column(name = "excused_by")
    public String excusedBy;

    @Column(nullable = false)
    public ReportStatus status;

    public String results;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<NarrativeItem> difficulties = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<NarrativeItem> recommendations = new ArrayList<>();

    @Column(name = "submission_count", nullable = false)
    public int submissionCount;

    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    /** The first submission's day in Vietnam, kept by the database from {@link #firstSubmittedAt}. */
    @Column(name = "first_submitted_on", insertable = false, updatable = false)
    public java.time.LocalDate firstSubmittedOn;

    @Column(name = "last_submitted_at")
    public OffsetDateTime lastSubmittedAt;

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Override
    public Long id() {
        return id;
    }

    /** The reporter's name, whichever kind it is. */
    public String reporterName() {
        return reporterKind == ReporterKind.ORGANIZATION ? organization.name : district.name;
    }

    /** Only a draft or a returned report can be edited or submitted. */
    public boolean editable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }
}
