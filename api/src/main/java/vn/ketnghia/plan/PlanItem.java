package vn.ketnghia.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.ketnghia.catalog.SupportCategory;
import vn.ketnghia.common.persistence.AuditedEntity;

/** One planned activity of a plan, in a support category, with its target and budget. */
@Entity
@Table(name = "plan_item")
public class PlanItem extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public SupportCategory category;

    @Column(nullable = false)
    public String description;

    @Column(name = "target_quantity")
    public BigDecimal targetQuantity;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    @Column(name = "planned_vnd", nullable = false)
    public long plannedVnd;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Override
    public Long id() {
        return id;
    }
}
