package vn.ketnghia.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./ketnghia run}: PostgreSQL, Keycloak, the API and the built web portal on this machine, without Docker,
 * until Ctrl-C. If any of them dies, the others are stopped and the run fails with the end of the dead one's log.
 */
public final class Main {

    private static final String DATABASE = "ketnghia";
    private static final String PORTAL_ORIGIN = "http://localhost:" + WebServer.RUN_PORT;

    private final Workspace workspace;
    private final boolean withApi;
    private final boolean withWeb;
    private final Supervisor supervisor = new Supervisor();

    private Main(Workspace workspace, boolean withApi, boolean withWeb) {
        this.workspace = workspace;
        this.withApi = withApi;
        this.withWeb = withWeb;
    }

    public static void main(String[] args) {
        boolean withApi = true;
        boolean withWeb = true;
        for (String arg : args) {
            switch (arg) {
                case "--no-api" -> withApi = false;
                case "--no-web" -> withWeb = false;
                case "-h", "--help" -> {
                    System.out.println("""
                            Usage: ketnghia run [--no-api] [--no-web]
                              Starts PostgreSQL, Keycloak, the API and the portal, and stops them on Ctrl-C.
                              --no-api  no API (to run it from an IDE or quarkus:dev)
                              --no-web  no portal (to run Vite's dev server on its port instead)""");
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + arg + " (try --help)");
                    System.exit(2);
                }
            }
        }
        var main = new Main(Workspace.locate(), withApi, withWeb);
        Runtime.getRuntime().addShutdownHook(new Thread(main.supervisor::stopAll, "ketnghia-stop"));
        System.exit(main.run());
    }

    private int run() {
        long started = System.nanoTime();
        System.out.println("Starting Kết Nghĩa" + (withApi ? "" : " (without the API)") + ":");
        Summary summary;
        try {
            summary = startAll();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Could not start: " + e.getMessage());
            return 1;
        }
        summary.print(workspace, Duration.ofNanos(System.nanoTime() - started));
        return supervisor.awaitFirstExit();
    }

    private Summary startAll() {
        var summary = new Summary();
        Path webBuild = workspace.webClientBuild();
        boolean serveWeb = withWeb && Files.isRegularFile(webBuild.resolve("index.html"));
        if (serveWeb) {
            // Checked first: finding the port taken only after a minute of starting servers would waste it.
            Net.requireFree(WebServer.RUN_PORT,
                    "the portal (is Vite's dev server running? then use ./ketnghia run --no-web)");
        }

        step("PostgreSQL");
        var postgresProvider = PostgresProvider.obtain(workspace.stateDir(),
                PostgresProvider.Settings.fromEnvironment(PostgresProvider.RUN_PORT));
        supervisor.started(postgresProvider);
        postgresProvider.startedServer().ifPresent(process ->
                supervisor.watch("PostgreSQL", process, postgresProvider.log().orElseThrow()));
        PostgresConnection database = postgresProvider.ensureDatabase(DATABASE);
        done(postgresProvider.server().description());
        summary.database = database;
        postgresProvider.log().ifPresent(log -> summary.logs.put("postgres", log));

        step("Keycloak");
        var keycloak = KeycloakServer.startPersistent(workspace);
        supervisor.started(keycloak);
        keycloak.startedProcess().ifPresent(process -> supervisor.watch("Keycloak", process, keycloak.log()));
        done(keycloak.description());
        summary.keycloak = keycloak;
        if (keycloak.startedProcess().isPresent()) {
            summary.logs.put("keycloak", keycloak.log());
        }

        if (withApi) {
            step("API");
            var api = ApiServer.launch(workspace, ApiServer.RUN_PORT, database, keycloak, PORTAL_ORIGIN,
                    workspace.logDir().resolve("api.log"));
            supervisor.started(api);
            supervisor.watch("API", api.process(), api.log());
            api.awaitReady();
            done("ready at " + apiUrl("/"));
            summary.logs.put("api", api.log());
            summary.api = true;
            int swaggerUi = Net.status(apiUrl("/q/swagger-ui"));
            summary.swaggerUi = swaggerUi >= 200 && swaggerUi < 400;
        }

        if (withWeb) {
            step("Portal");
            if (serveWeb) {
                // Also with --no-api: the API run from an IDE listens on the same port.
                var web = WebServer.start(webBuild, WebServer.RUN_PORT,
                        WebServer.ClientConfig.of(apiUrl(""), keycloak));
                supervisor.startedInThisJvm(web);
                summary.portal = web.url();
                done("serving " + workspace.root().relativize(webBuild) + " at " + web.url());
            } else {
                summary.portalMissing = Files.isRegularFile(workspace.root().resolve("web-client/package.json"))
                        ? "not served: no build in " + webBuild + " (cd web-client && npm ci && npm run build)"
                        : "not served: there is no web client (web-client/package.json) yet";
                done(summary.portalMissing);
            }
        }
        return summary;
    }

    private static String apiUrl(String path) {
        return "http://localhost:" + ApiServer.RUN_PORT + path;
    }

    private static void step(String what) {
        System.out.print("  " + what + " … ");
        System.out.flush();
    }

    private static void done(String how) {
        System.out.println(how);
    }

    /** What the developer needs once everything is up. */
    private static final class Summary {
        PostgresConnection database;
        KeycloakServer keycloak;
        /** Where the portal is served, when it is. */
        String portal;
        /** Why it is not, when it was asked for. */
        String portalMissing;
        boolean api;
        boolean swaggerUi;
        final Map<String, Path> logs = new LinkedHashMap<>();

        void print(Workspace workspace, Duration took) {
            var out = System.out;
            out.printf("%nKết Nghĩa is running (ready in %.1f s)%n%n", took.toMillis() / 1000.0);
            if (portal != null) {
                row("Portal", portal);
            } else if (portalMissing != null) {
                row("Portal", portalMissing);
            }
            if (api) {
                row("API", apiUrl("/"));
                row("OpenAPI", apiUrl("/q/openapi"));
                if (swaggerUi) {
                    row("Swagger UI", apiUrl("/q/swagger-ui"));
                }
            }
            row("Keycloak realm", keycloak.realmUrl());
            row("Keycloak admin", keycloak.adminConsoleUrl() + "  (" + KeycloakServer.ADMIN_USERNAME + " / "
                    + KeycloakServer.ADMIN_PASSWORD + ")");
            row("PostgreSQL", database.jdbcUrl() + "  (" + database.username()
                    + (database.password().isEmpty() ? "" : " / " + database.password()) + ")");

            out.printf("%nDemo logins, all with password \"demo\" (client ketnghia-web in the browser, ketnghia-cli for scripts):%n");
            out.printf("  %-12s %-16s %-9s %s%n", "username", "role", "acts for", "name");
            for (DemoUser user : DemoUser.fromRealmFile(workspace.realmFile())) {
                out.printf("  %-12s %-16s %-9s %s%n", user.username(), user.role(), user.actsFor(), user.name());
            }
            out.printf("  Nam Giang's district system: client ketnghia-integration-namgiang, secret demo-integration-secret"
                    + " (client credentials; role integration, acts for 510)%n");
            out.printf("%nQuick start:%n  a token for scripts: curl -s -d grant_type=password -d client_id=ketnghia-cli "
                    + "-d username=bdt -d password=demo %s/protocol/openid-connect/token%n", keycloak.realmUrl());
            if (portal != null) {
                out.printf("  open %s and log in as bdt / demo%n", PORTAL_ORIGIN);
            }

            if (!logs.isEmpty()) {
                out.printf("%nLogs:%n");
                logs.forEach((name, path) -> out.printf("  %-9s %s%n", name, relative(workspace, path)));
            }
            out.printf("%nPress Ctrl-C to stop.%n");
        }

        private static void row(String label, String value) {
            System.out.printf("  %-15s %s%n", label, value);
        }

        private static Path relative(Workspace workspace, Path path) {
            return path.startsWith(workspace.root()) ? workspace.root().relativize(path) : path;
        }
    }

    /** A demo user as the realm file defines it, so the table printed never drifts from the realm. */
    record DemoUser(String username, String role, String actsFor, String name) {

        static List<DemoUser> fromRealmFile(Path realmFile) {
            try {
                JsonNode realm = new ObjectMapper().readTree(Files.readString(realmFile));
                var users = new ArrayList<DemoUser>();
                for (JsonNode user : realm.path("users")) {
                    if (user.has("serviceAccountClientId")) {
                        // A district system, not a person who logs in; the README names its client.
                        continue;
                    }
                    String actsFor = user.path("attributes").path("acts_for").path(0).asText("-");
                    // Vietnamese order: family name first.
                    String name = (user.path("lastName").asText() + " " + user.path("firstName").asText()).trim();
                    users.add(new DemoUser(user.path("username").asText(), user.path("realmRoles").path(0).asText(),
                            actsFor, name));
                }
                return users;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
