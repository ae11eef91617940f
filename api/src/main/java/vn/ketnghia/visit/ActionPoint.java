package vn.ketnghia.visit;

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
import vn.ketnghia.common.persistence.AuditedEntity;

/** Something a monitoring visit asked someone to do, followed until done or cancelled. */
@Entity
@Table(name = "action_point")
public class ActionPoint extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    public MonitoringVisit visit;

    @Column(nullable = false)
    public String description;

    /** Who must act, in words: a unit, an office, a named officer. Not an account. */
    @Column(nullable = false)
    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(nullable = false)
    public ActionPointStatus status;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Override
    public Long id() {
        return id;
    }

    public boolean overdueOn(LocalDate today) {
        return status.unresolved() && dueDate != null && dueDate.isBefore(today);
    }
}
