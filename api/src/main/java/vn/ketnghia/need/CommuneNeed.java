package vn.ketnghia.need;

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
import java.time.OffsetDateTime;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.SupportCategory;
import vn.ketnghia.common.persistence.AuditedEntity;
import vn.ketnghia.common.text.SearchText;

/** What a receiving commune asks partners for, posted by its district (task 2). */
@Entity
@Table(name = "commune_need")
public class CommuneNeed extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    public AdminUnit commune;

    /** The commune's district; district users write the needs of this district. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    public AdminUnit district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public SupportCategory category;

    @Column(nullable = false)
    public String title;

    public String description;

    /** Folded title and description; kept in step by {@link #foldSearchText}. */
    @Column(name = "text_search", nullable = false)
    public String textSearch;

    @Column(name = "estimated_vnd", nullable = false)
    public long estimatedVnd;

    @Column(nullable = false)
    public NeedPriority priority;

    /** Computed by the database from the priority (high 1, medium 2, low 3), for sorting. */
    @Column(name = "priority_rank", insertable = false, updatable = false)
    public Short priorityRank;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @Column(nullable = false)
    public NeedStatus status;

    /** Why it was cancelled, or the district's remark when it marked the need met. */
    @Column(name = "status_note")
    public String statusNote;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Override
    public Long id() {
        return id;
    }

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        textSearch = SearchText.fold(title + " " + (description == null ? "" : description));
    }
}
