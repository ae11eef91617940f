package vn.ketnghia.common.security;

/** Realm roles of the {@code ketnghia} Keycloak realm. */
public final class Roles {
    public static final String PROVINCE = "province";
    public static final String PROVINCE_VIEWER = "province-viewer";
    public static final String DISTRICT = "district";
    public static final String UNIT = "unit";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
