package vn.ketnghia.common.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the append-only history; the database refuses updates and deletes of it. */
@Entity
@Immutable
@Table(name = "change_log")
public class ChangeLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public Long entityId;

    @Column(nullable = false)
    public String action;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_name")
    public String changedByName;

    /** Why, when the step takes a reason: a suspension, a return, a confirmation note. */
    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    public JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    public JsonNode after;
}
