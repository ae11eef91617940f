package vn.ketnghia.practice;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.SortNatural;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.common.persistence.AuditedEntity;
import vn.ketnghia.common.text.SearchText;

/** Experience a partner unit shares with the others (task 1d): what was done, where, and what came of it. */
@Entity
@Table(name = "good_practice")
public class GoodPractice extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The author unit. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    /** Optional; always one of the organisation's own agreements. Gives the commune and district. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @Column(nullable = false)
    public String title;

    @Column(name = "what_was_done", nullable = false)
    public String whatWasDone;

    @Column(nullable = false)
    public String results;

    public SupportArea area;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public PracticeStatus status;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Normalised by {@link Tags#normalise}; sorted, so views and history list them the same way. */
    @ElementCollection(fetch = FetchType.LAZY)
    @SortNatural
    @CollectionTable(name = "good_practice_tag", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "tag", nullable = false)
    public SortedSet<String> tags = new TreeSet<>();

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Override
    public Long id() {
        return id;
    }

    /** Runs for every writer (services, demo data), so no code path can leave the search copy stale. */
    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = SearchText.fold(title + " " + whatWasDone + " " + results + " " + String.join(" ", tags));
    }
}
