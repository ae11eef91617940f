package vn.ketnghia.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One step of a report's life, with who, when and the comment. Append-only. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "report_step")
public class ReportStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(nullable = false)
    public ReportAction action;

    @Column(name = "from_status")
    public ReportStatus fromStatus;

    @Column(name = "to_status", nullable = false)
    public ReportStatus toStatus;

    /** The submission this step created or acted on, when there is one. */
    @Column(name = "version_number")
    public Integer versionNumber;

    public String comment;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_name")
    public String actorName;

    @Column(nullable = false)
    public OffsetDateTime at;
}
