package vn.ketnghia.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;

/** The API from its packaged build ({@code api/target/quarkus-app}), with the demo data, in a process of its own. */
final class ApiServer implements AutoCloseable {

    static final int RUN_PORT = 8080;

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final int port;
    private final Process process;
    private final Path log;

    private ApiServer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the API on {@code port} without waiting for it (see {@link #awaitReady()}), so that the caller can
     * stop it if the wait is interrupted. {@code portalOrigin} is the one origin whose browser calls it accepts.
     */
    static ApiServer launch(Workspace workspace, int port, PostgresConnection database, KeycloakServer keycloak,
            String portalOrigin, Path log) {
        Path jar = workspace.root().resolve("api/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no API build at " + jar
                    + ": build it with ./mvnw -DskipTests package (./ketnghia run does), or use --no-api");
        }
        Net.requireFree(port, "the API (is a previous ./ketnghia run still running?)");
        var env = new HashMap<>(System.getenv());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_CORS_ORIGINS", portalOrigin);
        env.put("KETNGHIA_DEMO_DATA_ENABLED", "true");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = Processes.start(List.of(java, "-jar", jar.toString()), workspace.root(), env, log);
        return new ApiServer(port, process, log);
    }

    /** Waits until the API is ready; fails with the end of its log if it exits or takes too long. */
    void awaitReady() {
        if (!Net.awaitOk(url("/q/health/ready"), STARTUP_TIMEOUT, process::isAlive)) {
            throw new IllegalStateException("the API " + (process.isAlive() ? "was not ready within "
                    + STARTUP_TIMEOUT.toSeconds() + " s" : "exited") + "; last lines of " + log + ":\n"
                    + Processes.tail(log, 30));
        }
    }

    /** Like {@code http://localhost:8080/q/openapi}; the origin alone for an empty path. */
    String url(String path) {
        return "http://localhost:" + port + path;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        Processes.stopTree(process.toHandle(), STOP_GRACE);
    }
}
