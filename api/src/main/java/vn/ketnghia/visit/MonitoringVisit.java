package vn.ketnghia.visit;

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
import java.time.LocalDate;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.common.persistence.AuditedEntity;
import vn.ketnghia.common.text.SearchText;

/** A joint follow-up, supervision or inspection visit under an agreement (task 1e). */
@Entity
@Table(name = "monitoring_visit")
public class MonitoringVisit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @Column(name = "visit_date", nullable = false)
    public LocalDate visitDate;

    /** Who took part, as written in the minutes: names, units, the district's officers. */
    @Column(nullable = false)
    public String participants;

    public String findings;

    /** Folded participants and findings for diacritics-free search; kept in step by {@link #foldSearchText}. */
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
        searchText = searchTextOf(participants, findings);
    }

    public static String searchTextOf(String participants, String findings) {
        return SearchText.fold(participants + " " + (findings == null ? "" : findings));
    }
}
