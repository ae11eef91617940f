package vn.ketnghia.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak from its official distribution on Maven Central, started with {@code kc.sh start-dev} and the
 * realm file {@code deploy/keycloak/ketnghia-realm.json} imported. Two kinds, each in its own unpacked copy
 * (start-dev rebuilds the server whenever its build options differ, and the two never share files):
 * <ul>
 *   <li>persistent, for ./ketnghia run: port 8180, users and sessions kept between runs (dev-file);</li>
 *   <li>ephemeral, for tests: free ports, everything in memory (dev-mem), so it never meets the other.</li>
 * </ul>
 * Both have the development-only master-realm administrator admin/admin.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "ketnghia";
    public static final int RUN_HTTP_PORT = 8180;
    public static final int RUN_MANAGEMENT_PORT = 9180;
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /**
     * The first start on a new machine also builds Keycloak's optimised server and creates its schema;
     * on a busy 2-core machine that alone took over two minutes.
     */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String baseUrl;
    private final Path log;
    private final Process process;
    private final String description;

    private KeycloakServer(String baseUrl, Path log, Process process, String description) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.process = process;
        this.description = description;
    }

    /**
     * The Keycloak of ./ketnghia run on port 8180: reused when one there already serves the realm. When the
     * realm file has changed since it was imported, the kept data is dropped so that the new realm is imported.
     */
    public static KeycloakServer startPersistent(Workspace workspace) {
        String baseUrl = "http://localhost:" + RUN_HTTP_PORT;
        Path log = workspace.logDir().resolve("keycloak-run.log");
        if (Net.status(wellKnown(baseUrl)) == 200) {
            return new KeycloakServer(baseUrl, log, null, "already running at " + baseUrl + ", reused");
        }
        Net.requireFree(RUN_HTTP_PORT, "Keycloak");
        Net.requireFree(RUN_MANAGEMENT_PORT, "Keycloak's management interface");
        Path home = unpacked(workspace.stateDir().resolve("keycloak/run"));
        String realmHash = sha256(workspace.realmFile());
        Path importedHash = home.resolve("data/ketnghia-realm.sha256");
        Path database = home.resolve("data/h2");
        String note = "data kept in " + database;
        if (Files.exists(database) && !realmHash.equals(readOrEmpty(importedHash))) {
            Archives.deleteTree(database);
            note = "the realm file changed, so its data was reset and the realm imported again";
        }
        Process process = launch(home, workspace.realmFile(), RUN_HTTP_PORT, RUN_MANAGEMENT_PORT, "dev-file", log);
        write(importedHash, realmHash);
        return new KeycloakServer(baseUrl, log, process, "started at " + baseUrl + "; " + note);
    }

    /** A Keycloak of its own for a test run, on free ports, forgetting everything when stopped. */
    public static KeycloakServer startEphemeral(Workspace workspace) {
        return startEphemeral(workspace, "keycloak-test.log");
    }

    /** The same, logging to {@code logName} in the log directory, so that two kinds of tests keep their logs apart. */
    public static KeycloakServer startEphemeral(Workspace workspace, String logName) {
        int httpPort = Net.freePort();
        int managementPort = Net.freePort();
        while (managementPort == httpPort) {
            managementPort = Net.freePort();
        }
        String baseUrl = "http://localhost:" + httpPort;
        Path log = workspace.logDir().resolve(logName);
        Path home = unpacked(workspace.stateDir().resolve("keycloak/test"));
        Process process = launch(home, workspace.realmFile(), httpPort, managementPort, "dev-mem", log);
        return new KeycloakServer(baseUrl, log, process, "started at " + baseUrl + ", in memory");
    }

    /** Like {@code http://localhost:8180}; the issuer of its tokens is {@link #realmUrl()}. */
    public String baseUrl() {
        return baseUrl;
    }

    public String realmUrl() {
        return baseUrl + "/realms/" + REALM;
    }

    public String adminConsoleUrl() {
        return baseUrl + "/admin/";
    }

    public Path log() {
        return log;
    }

    public String description() {
        return description;
    }

    /** The process, when this object started it (for watching it). */
    public Optional<ProcessHandle> startedProcess() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    /** Stops Keycloak if this object started it; one found running is left alone. */
    @Override
    public void close() {
        if (process != null) {
            Processes.stopTree(process.toHandle(), STOP_GRACE);
        }
    }

    private static Path unpacked(Path dir) {
        BuildInfo build = BuildInfo.load();
        Path home = dir.resolve("keycloak-" + build.keycloakVersion());
        Archives.unpackZipWithoutTopDirectory(build.requireKeycloakDistribution(), home);
        return home;
    }

    private static Process launch(Path home, Path realmFile, int httpPort, int managementPort, String db, Path log) {
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realmFile, imports.resolve("ketnghia-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                // Loopback only: this server has a well-known administrator password.
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--db=" + db,
                "--import-realm");
        Process process = Processes.start(command, home, environment(), log);
        String realmUrl = wellKnown("http://localhost:" + httpPort);
        if (!Net.awaitOk(realmUrl, STARTUP_TIMEOUT, process::isAlive)) {
            boolean died = !process.isAlive();
            Processes.stopTree(process.toHandle(), STOP_GRACE);
            throw new IllegalStateException("Keycloak " + (died ? "exited" : "did not answer within "
                    + STARTUP_TIMEOUT.toSeconds() + " s") + "; last lines of " + log + ":\n" + Processes.tail(log, 30));
        }
        return process;
    }

    /**
     * Our environment, less what would reconfigure Keycloak behind our back (it is a Quarkus application, so
     * QUARKUS_* would apply to it too), plus a Java 21+ and the bootstrap administrator.
     */
    private static Map<String, String> environment() {
        var env = new HashMap<>(System.getenv());
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_")
                || name.startsWith("JAVA_OPTS") || name.equals("KEYCLOAK_ADMIN") || name.equals("KEYCLOAK_ADMIN_PASSWORD"));
        // devstack itself is compiled for Java 21, so the JVM running it is always recent enough for Keycloak.
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // Keycloak's thread pool resets thread locals by reflection, which Java 24+ refuses without this.
        env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return env;
    }

    private static String wellKnown(String baseUrl) {
        return baseUrl + "/realms/" + REALM + "/.well-known/openid-configuration";
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
