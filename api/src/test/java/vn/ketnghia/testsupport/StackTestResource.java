package vn.ketnghia.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.ketnghia.devstack.KeycloakServer;
import vn.ketnghia.devstack.PostgresConnection;
import vn.ketnghia.devstack.PostgresProvider;
import vn.ketnghia.devstack.Workspace;

/**
 * The real infrastructure for the API's tests, from devstack: PostgreSQL (found or embedded, see
 * {@link PostgresProvider}) with a fresh {@code ketnghia_test} database each run, and a Keycloak of the
 * tests' own, in memory, with the project's realm file.
 */
public class StackTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * Where the running Keycloak is, as a system property: Quarkus loads test classes and this resource with
     * different class loaders, so a static field set here would not be seen by the tests.
     */
    static final String KEYCLOAK_URL_PROPERTY = "ketnghia.test.keycloak-url";

    /**
     * Recreated at every start, so two builds sharing one PostgreSQL (parallel worktrees) each name
     * their own with {@code KETNGHIA_TEST_DATABASE}, or they drop each other's tables mid-run.
     */
    private static final String DATABASE = System.getenv().getOrDefault("KETNGHIA_TEST_DATABASE", "ketnghia_test");

    private PostgresProvider postgres;
    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        Workspace workspace = Workspace.locate();
        try {
            postgres = PostgresProvider.obtain(workspace.stateDir(), PostgresProvider.Settings.fromEnvironment(0));
            PostgresConnection database = postgres.recreateDatabase(DATABASE);
            keycloak = KeycloakServer.startEphemeral(workspace);
            System.setProperty(KEYCLOAK_URL_PROPERTY, keycloak.baseUrl());
            return Map.of(
                    "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                    "quarkus.datasource.username", database.username(),
                    "quarkus.datasource.password", database.password(),
                    "quarkus.oidc.auth-server-url", keycloak.realmUrl());
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @Override
    public void stop() {
        System.clearProperty(KEYCLOAK_URL_PROPERTY);
        try {
            if (keycloak != null) {
                keycloak.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Like {@code http://localhost:41234}; the master realm's administrator is admin/admin. */
    public static String keycloakUrl() {
        String url = System.getProperty(KEYCLOAK_URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("Keycloak is not running: the test needs StackTestResource");
        }
        return url;
    }

    /** The issuer of the tokens the API accepts. */
    public static String realmUrl() {
        return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
    }
}
