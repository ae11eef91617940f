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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.ketnghia.common.persistence.AuditedEntity;

/** One reporting round: a regime in a year, its data window, opening and due dates. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regime")
    public ReportingRegime regime;

    @Column(nullable = false)
    public short year;

    @Column(nullable = false)
    public String name;

    /** Support given on or after this day counts (the cut-off window's first day). */
    @Column(name = "window_start", nullable = false)
    public LocalDate windowStart;

    /** ... up to and including this day. */
    @Column(name = "window_end", nullable = false)
    public LocalDate windowEnd;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    /** Submitted after this day is late; not submitted once it has passed is overdue. */
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false)
    public ReportingPeriodStatus status;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Override
    public Long id() {
        return id;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(windowStart) && !day.isAfter(windowEnd);
    }
}
