package vn.ketnghia.common.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.ketnghia.common.security.Caller;

/**
 * Columns every editable table has. The version is the optimistic lock and the ETag; the audit
 * stamps are set here and nowhere else, so no request body can touch them.
 */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    /** Written by the demo-data loader and other jobs that run outside a request. */
    public static final String SYSTEM_USER = "system";

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @PrePersist
    void stampCreated() {
        createdAt = now();
        createdBy = currentUser();
        updatedAt = createdAt;
        updatedBy = createdBy;
    }

    @PreUpdate
    void stampUpdated() {
        updatedAt = now();
        updatedBy = currentUser();
    }

    /** Marks the row changed so its version moves, e.g. when a child row changed. */
    public void touch() {
        updatedAt = now();
    }

    public abstract Long id();

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static String currentUser() {
        InjectableContext requestContext = Arc.container().getActiveContext(RequestScoped.class);
        if (requestContext == null) {
            return SYSTEM_USER;
        }
        return Arc.container().instance(Caller.class).get().username();
    }
}
