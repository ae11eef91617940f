package vn.ketnghia.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in caller of this request: who, which roles, and the scope resolved from the
 * {@code acts_for} claim against the catalogues.
 */
@RequestScoped
public class Caller {

    public static final String ACTS_FOR_CLAIM = "acts_for";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    EntityManager em;

    private Scope scope;

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /**
     * Vietnamese order, family name first ("Phạm Minh Tuấn"); Keycloak's own full-name claim would
     * put the given name first, so the realm does not map it and the name is composed here.
     */
    public String displayName() {
        String family = token.getClaim("family_name");
        String given = token.getClaim("given_name");
        String name = ((family == null ? "" : family) + " " + (given == null ? "" : given)).trim();
        return name.isEmpty() ? username() : name;
    }

    public String actsFor() {
        return token.getClaim(ACTS_FOR_CLAIM);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAny(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public Scope scope() {
        if (scope == null) {
            scope = resolveScope();
        }
        return scope;
    }

    /** True for roles that may write programme data (agreements, plans, records, visits) at all. */
    public boolean writesProgramme() {
        return hasAny(Roles.PROVINCE, Roles.UNIT, Roles.DISTRICT, Roles.INTEGRATION);
    }

    private Scope resolveScope() {
        if (hasAny(Roles.PROVINCE, Roles.PROVINCE_VIEWER, Roles.ADMIN)) {
            return new Scope.All();
        }
        String code = actsFor();
        if (code == null || code.isBlank()) {
            return new Scope.Nothing("token has no acts_for claim");
        }
        if (hasAny(Roles.DISTRICT, Roles.INTEGRATION)) {
            List<Object[]> rows = em.createQuery(
                            "select u.id, u.code, u.name from AdminUnit u where u.code = :code and u.level = 'district'", Object[].class)
                    .setParameter("code", code).getResultList();
            return rows.isEmpty() ? new Scope.Nothing("unknown district " + code)
                    : new Scope.District((Long) rows.get(0)[0], (String) rows.get(0)[1], (String) rows.get(0)[2]);
        }
        if (has(Roles.UNIT)) {
            List<Object[]> rows = em.createQuery(
                            "select o.id, o.code, o.name from Organization o where o.code = :code", Object[].class)
                    .setParameter("code", code).getResultList();
            return rows.isEmpty() ? new Scope.Nothing("unknown organisation " + code)
                    : new Scope.Organization((Long) rows.get(0)[0], (String) rows.get(0)[1], (String) rows.get(0)[2]);
        }
        return new Scope.Nothing("no programme role");
    }
}
