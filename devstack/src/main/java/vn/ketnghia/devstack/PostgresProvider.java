package vn.ketnghia.devstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Obtains a PostgreSQL server for development and tests, in this order:
 * <ol>
 *   <li>the one configured by {@code KETNGHIA_DB_URL} (a JDBC URL), {@code KETNGHIA_DB_USER} and
 *       {@code KETNGHIA_DB_PASSWORD}, used as is;</li>
 *   <li>one already answering on localhost:5432 that lets {@code postgres} (or the OS user) in without a
 *       password and create databases, unless {@code KETNGHIA_DB_SKIP_LOCAL=true};</li>
 *   <li>else a private embedded server, started here and stopped by {@link #close()}.</li>
 * </ol>
 */
public final class PostgresProvider implements AutoCloseable {

    /** The embedded server's port for ./ketnghia run, beside a system PostgreSQL on 5432. */
    public static final int RUN_PORT = 5433;

    private static final int LOCAL_PORT = 5432;
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /**
     * Where to look for a server.
     *
     * @param configured   a server to use as is, skipping the search
     * @param skipLocal    do not use a server on localhost:5432
     * @param embeddedPort the embedded server's port, or 0 for any free port
     */
    public record Settings(Optional<PostgresConnection> configured, boolean skipLocal, int embeddedPort) {

        public static Settings fromEnvironment(int embeddedPort) {
            return fromEnvironment(System.getenv(), embeddedPort);
        }

        static Settings fromEnvironment(Map<String, String> env, int embeddedPort) {
            Optional<PostgresConnection> configured = Optional.ofNullable(env.get("KETNGHIA_DB_URL"))
                    .filter(url -> !url.isBlank())
                    .map(url -> new PostgresConnection(url,
                            env.getOrDefault("KETNGHIA_DB_USER", ""),
                            env.getOrDefault("KETNGHIA_DB_PASSWORD", ""),
                            "configured by KETNGHIA_DB_URL"));
            boolean skipLocal = Boolean.parseBoolean(env.getOrDefault("KETNGHIA_DB_SKIP_LOCAL", "false"));
            return new Settings(configured, skipLocal, embeddedPort);
        }

        /** Always the embedded server: what devstack's own tests need, whatever runs on this machine. */
        public static Settings embeddedOnly(int embeddedPort) {
            return new Settings(Optional.empty(), true, embeddedPort);
        }
    }

    private final PostgresConnection server;
    private final boolean configured;
    private final EmbeddedPostgres embedded;

    private PostgresProvider(PostgresConnection server, boolean configured, EmbeddedPostgres embedded) {
        this.server = server;
        this.configured = configured;
        this.embedded = embedded;
    }

    public static PostgresProvider obtain(Path stateDir, Settings settings) {
        if (settings.configured().isPresent()) {
            return new PostgresProvider(settings.configured().get(), true, null);
        }
        if (!settings.skipLocal()) {
            Optional<PostgresConnection> local = localServer();
            if (local.isPresent()) {
                return new PostgresProvider(local.get(), false, null);
            }
        }
        String version = BuildInfo.load().postgresVersion();
        EmbeddedPostgres embedded = EmbeddedPostgres.start(stateDir, version, settings.embeddedPort());
        String description = "embedded PostgreSQL " + version + " on 127.0.0.1:" + embedded.port()
                + (embedded.startedHere() ? "" : " (already running)") + ", data in " + embedded.home();
        return new PostgresProvider(embedded.connection(description), false, embedded);
    }

    /** The server, connected to its maintenance database (or to the configured database). */
    public PostgresConnection server() {
        return server;
    }

    /**
     * A database that exists, created empty if it did not. A configured server is used as is: whoever set
     * KETNGHIA_DB_URL chose the database, so {@code name} is ignored there.
     */
    public PostgresConnection ensureDatabase(String name) {
        if (configured) {
            return server;
        }
        requireValidName(name);
        onServer(connection -> {
            try (var query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, name);
                try (var rows = query.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        });
        return server.forDatabase(name);
    }

    /** A new empty database named {@code name}, dropping any existing one and its connections first. */
    public PostgresConnection recreateDatabase(String name) {
        requireValidName(name);
        onServer(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + name);
            }
        });
        return server.forDatabase(name);
    }

    /** The embedded server's process, when this provider started it (for watching it). */
    public Optional<ProcessHandle> startedServer() {
        return embedded != null && embedded.startedHere() ? embedded.postmaster() : Optional.empty();
    }

    /** The embedded server's log, when there is one. */
    public Optional<Path> log() {
        return Optional.ofNullable(embedded).map(EmbeddedPostgres::log);
    }

    /** Stops the embedded server if this provider started it; servers found running are left alone. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.stop();
        }
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private void onServer(SqlWork work) {
        try (Connection connection = server.open()) {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("On " + server.description() + ": " + e.getMessage(), e);
        }
    }

    private static void requireValidName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Database names here are lower-case identifiers: " + name);
        }
    }

    private static Optional<PostgresConnection> localServer() {
        if (!Net.answers(LOCAL_PORT)) {
            return Optional.empty();
        }
        var users = new LinkedHashSet<>(List.of("postgres", System.getProperty("user.name")));
        for (String user : users) {
            var candidate = new PostgresConnection("jdbc:postgresql://localhost:" + LOCAL_PORT + "/postgres", user, "",
                    "local PostgreSQL on localhost:" + LOCAL_PORT + " as " + user);
            try (var connection = candidate.open();
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery(
                            "SELECT rolsuper OR rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
                if (rows.next() && rows.getBoolean(1)) {
                    return Optional.of(candidate);
                }
            } catch (SQLException notUsable) {
                // Wrong user, a password required, or no right to create databases: try the next, then embed.
            }
        }
        return Optional.empty();
    }
}
