package vn.ketnghia.common.security;

/** Realm roles of the {@code ketnghia} Keycloak realm. */
public final class Roles {
    public static final String PROVINCE = "province";
    public static final String PROVINCE_VIEWER = "province-viewer";
    public static final String DISTRICT = "district";
    public static final String UNIT = "unit";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    /** The realm roles this API knows; Keycloak adds others (offline_access…) that mean nothing here. */
    public static final java.util.Set<String> ALL = java.util.Set.of(PROVINCE, PROVINCE_VIEWER, DISTRICT, UNIT, ADMIN, INTEGRATION);

    private Roles() {
    }
}
