package vn.ketnghia.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code ./ketnghia run}: PostgreSQL, Keycloak and the API on this machine, without Docker, until Ctrl-C.
 * If any of them dies, the others are stopped and the run fails with the end of the dead one's log.
 */
public final class Main {

    private static final int API_PORT = 8080;
    private static final String DATABASE = "ketnghia";
    private static final Duration API_STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final Workspace workspace;
    private final boolean withApi;
    /** What is running, most recently started first: the order to stop in. */
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    /** Processes started here, by name, with their logs: if one exits, the run is over. */
    private final Map<String, Watched> watched = new LinkedHashMap<>();
    private volatile boolean stopping;

    private record Watched(ProcessHandle process, Path log) {
    }

    private Main(Workspace workspace, boolean withApi) {
        this.workspace = workspace;
        this.withApi = withApi;
    }

    public static void main(String[] args) {
        boolean withApi = true;
        for (String arg : args) {
            switch (arg) {
                case "--no-api" -> withApi = false;
                case "-h", "--help" -> {
                    System.out.println("""
                            Usage: ketnghia run [--no-api]
                              Starts PostgreSQL, Keycloak and the API, and stops them on Ctrl-C.
                              --no-api  only PostgreSQL and Keycloak (to run the API from an IDE or quarkus:dev)""");
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + arg + " (try --help)");
                    System.exit(2);
                }
            }
        }
        var main = new Main(Workspace.locate(), withApi);
        Runtime.getRuntime().addShutdownHook(new Thread(main::stopAll, "ketnghia-stop"));
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
        return awaitFirstExit();
    }

    private Summary startAll() {
        var summary = new Summary();

        step("PostgreSQL");
        var postgresProvider = PostgresProvider.obtain(workspace.stateDir(),
                PostgresProvider.Settings.fromEnvironment(PostgresProvider.RUN_PORT));
        running.push(postgresProvider);
        postgresProvider.startedServer().ifPresent(process ->
                watched.put("PostgreSQL", new Watched(process, postgresProvider.log().orElseThrow())));
        PostgresConnection database = postgresProvider.ensureDatabase(DATABASE);
        done(postgresProvider.server().description());
        summary.database = database;
        postgresProvider.log().ifPresent(log -> summary.logs.put("postgres", log));

        step("Keycloak");
        var keycloak = KeycloakServer.startPersistent(workspace);
        running.push(keycloak);
        keycloak.startedProcess().ifPresent(process -> watched.put("Keycloak", new Watched(process, keycloak.log())));
        done(keycloak.description());
        summary.keycloak = keycloak;
        if (keycloak.startedProcess().isPresent()) {
            summary.logs.put("keycloak", keycloak.log());
        }

        if (withApi) {
            step("API");
            Process api = startApi(database, keycloak);
            Path log = workspace.logDir().resolve("api.log");
            running.push(() -> Processes.stopTree(api.toHandle(), Duration.ofSeconds(20)));
            watched.put("API", new Watched(api.toHandle(), log));
            if (!Net.awaitOk(apiUrl("/q/health/ready"), API_STARTUP_TIMEOUT, api::isAlive)) {
                throw new IllegalStateException("the API " + (api.isAlive() ? "was not ready within "
                        + API_STARTUP_TIMEOUT.toSeconds() + " s" : "exited") + "; last lines of " + log + ":\n"
                        + Processes.tail(log, 30));
            }
            done("ready at " + apiUrl("/"));
            summary.logs.put("api", log);
            summary.api = true;
            int swaggerUi = Net.status(apiUrl("/q/swagger-ui"));
            summary.swaggerUi = swaggerUi >= 200 && swaggerUi < 400;
        }

        // The web client (web-client/, Vite on port 5173) starts here once it exists: serve its build after
        // the API is ready, watch its process like the others, and add its URL to the summary.
        return summary;
    }

    private Process startApi(PostgresConnection database, KeycloakServer keycloak) {
        Path jar = workspace.root().resolve("api/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no API build at " + jar
                    + ": build it with ./mvnw -DskipTests package (./ketnghia run does), or use --no-api");
        }
        Net.requireFree(API_PORT, "the API (is a previous ./ketnghia run still running?)");
        var env = new HashMap<>(System.getenv());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(API_PORT));
        env.put("KETNGHIA_DEMO_DATA_ENABLED", "true");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return Processes.start(List.of(java, "-jar", jar.toString()), workspace.root(), env,
                workspace.logDir().resolve("api.log"));
    }

    /** Waits until one of the processes started here exits, which ends the run unless we are stopping anyway. */
    private int awaitFirstExit() {
        if (watched.isEmpty()) {
            System.out.println("Nothing was started here (all reused); exiting.");
            return 0;
        }
        var exits = watched.entrySet().stream()
                .map(entry -> entry.getValue().process().onExit().thenApply(process -> entry.getKey()))
                .toArray(CompletableFuture[]::new);
        String name = (String) CompletableFuture.anyOf(exits).join();
        if (stopping) {
            return 0;
        }
        Watched dead = watched.get(name);
        System.err.println();
        System.err.println(name + " stopped unexpectedly; stopping the rest. Last lines of " + dead.log() + ":");
        System.err.println(Processes.tail(dead.log(), 30));
        return 1;
    }

    private void stopAll() {
        stopping = true;
        if (running.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Stopping…");
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                System.err.println("  could not stop cleanly: " + e.getMessage());
            }
        }
        System.out.println("Stopped.");
    }

    private static String apiUrl(String path) {
        return "http://localhost:" + API_PORT + path;
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
        boolean api;
        boolean swaggerUi;
        final Map<String, Path> logs = new LinkedHashMap<>();

        void print(Workspace workspace, Duration took) {
            var out = System.out;
            out.printf("%nKết Nghĩa is running (ready in %.1f s)%n%n", took.toMillis() / 1000.0);
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
            out.printf("%nA token for scripts:%n  curl -s -d grant_type=password -d client_id=ketnghia-cli -d username=bdt "
                    + "-d password=demo %s/protocol/openid-connect/token%n", keycloak.realmUrl());

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
