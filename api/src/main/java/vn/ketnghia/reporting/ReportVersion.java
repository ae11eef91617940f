package vn.ketnghia.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A submission: the report's figures and narrative exactly as submitted. Append-only, so Hibernate never dirty-checks its JSON. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "report_version")
public class ReportVersion extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_by_name")
    public String submittedByName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode content;

    @Embeddable
    public record Key(@Column(name = "report_id") Long reportId, @Column(name = "number") Integer number) implements Serializable {
    }
}
