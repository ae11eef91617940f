package vn.ketnghia.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A private PostgreSQL server built from the binaries published on Maven Central (io.zonky.test.postgres),
 * so that nothing has to be installed. Its data directory persists; a server already running on it (from
 * another ./ketnghia run or test run) is reused rather than started twice.
 */
final class EmbeddedPostgres {

    static final String SUPERUSER = "ketnghia";
    static final String PASSWORD = "ketnghia";

    private static final String BINARIES_RESOURCE = "postgres-linux-x86_64.txz";
    private static final Duration PG_CTL_TIMEOUT = Duration.ofSeconds(90);

    private final ServerUser user;
    private final String version;
    private final Path home;
    private final Path binaries;
    private final Path dataDir;
    private final Path log;
    private int port;
    private ProcessHandle postmaster;
    private boolean startedHere;

    private EmbeddedPostgres(ServerUser user, String version, Path home) {
        this.user = user;
        this.version = version;
        this.home = home;
        this.binaries = home.resolve("pg-" + version);
        this.dataDir = home.resolve("data");
        this.log = home.resolve("postgres.log");
    }

    /** Starts (or finds running) the server for this state directory; {@code port} 0 means any free port. */
    static EmbeddedPostgres start(Path stateDir, String version, int port) {
        ServerUser user = ServerUser.current();
        var server = new EmbeddedPostgres(user, version, homeFor(stateDir, user));
        server.startOn(port);
        return server;
    }

    /**
     * Where the binaries and the cluster live. Normally inside the state directory; but when we are root and
     * the checkout is somewhere {@code nobody} cannot enter (a home directory such as /root), in a root-owned
     * directory that anyone may pass through, /var/tmp/ketnghia, under a name derived from the checkout's
     * path so that each checkout keeps its own cluster. /var/tmp rather than /tmp because it survives reboots,
     * as the data should.
     */
    static Path homeFor(Path stateDir, ServerUser user) {
        if (user.canReach(stateDir)) {
            ServerUser.createReachable(stateDir);
            Path home = stateDir.resolve("postgres");
            ServerUser.createReachable(home);
            return home;
        }
        Path shared = Path.of("/var/tmp/ketnghia");
        Path perCheckout = shared.resolve(shortHash(stateDir.toAbsolutePath().normalize().toString()));
        Path home = perCheckout.resolve("postgres");
        List.of(shared, perCheckout, home).forEach(ServerUser::createReachable);
        return home;
    }

    int port() {
        return port;
    }

    Path home() {
        return home;
    }

    Path log() {
        return log;
    }

    boolean startedHere() {
        return startedHere;
    }

    Optional<ProcessHandle> postmaster() {
        return Optional.ofNullable(postmaster);
    }

    /** Connection details for the maintenance database {@code postgres}. */
    PostgresConnection connection(String description) {
        return new PostgresConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, PASSWORD, description);
    }

    void stop() {
        if (startedHere) {
            pgCtl("stop", "-m", "fast");
            startedHere = false;
        }
    }

    private void startOn(int requestedPort) {
        Archives.unpackTxzResource(BINARIES_RESOURCE, binaries);
        if (!Files.exists(initializedMarker()) || !Files.exists(dataDir.resolve("PG_VERSION"))) {
            initdb();
        }
        Optional<Running> running = runningServer();
        if (running.isPresent()) {
            port = running.get().port();
            postmaster = running.get().process();
            return;
        }
        port = requestedPort != 0 ? requestedPort : Net.freePort();
        Net.requireFree(port, "the embedded PostgreSQL");
        prepareLog();
        try {
            pgCtl("start", "-l", log.toString(), "-o", "-p " + port);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\nLast lines of " + log + ":\n" + Processes.tail(log, 20), e);
        }
        startedHere = true;
        postmaster = runningServer().map(Running::process)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL started but wrote no postmaster.pid in " + dataDir));
    }

    /** Written after initdb succeeded, so a cluster whose initdb was interrupted is made again, not trusted. */
    private Path initializedMarker() {
        return home.resolve("data.initialized");
    }

    private void initdb() {
        Archives.deleteTree(dataDir);
        Path passwordFile = home.resolve("initdb-password");
        try {
            Files.createDirectories(dataDir);
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            user.own(dataDir);
            Files.writeString(passwordFile, PASSWORD);
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
            Processes.run(user.command(List.of(
                    binaries.resolve("bin/initdb").toString(),
                    "--pgdata=" + dataDir,
                    "--username=" + SUPERUSER,
                    "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    // The builtin provider gives Unicode-aware upper/lower (Vietnamese letters) with code-point
                    // ordering, and does not depend on which OS locales happen to be installed.
                    "--locale=C",
                    "--locale-provider=builtin",
                    "--builtin-locale=C.UTF-8",
                    "--no-instructions")), home, Duration.ofMinutes(2));
            Files.writeString(dataDir.resolve("postgresql.conf"), """

                    # Kết Nghĩa devstack: loopback TCP only. No Unix socket: the usual socket directories belong
                    # to a system PostgreSQL (or to root) and another server's lock file there would clash.
                    listen_addresses = '127.0.0.1'
                    unix_socket_directories = ''
                    """, StandardOpenOption.APPEND);
            Files.writeString(initializedMarker(), version + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException ignored) {
                // Only the fixed development password is in it.
            }
        }
    }

    private record Running(ProcessHandle process, int port) {
    }

    /**
     * The server already running on our data directory, if any. A postmaster.pid whose process is gone, or
     * whose PID now belongs to some other program (common after a reboot or in a container), is stale: it is
     * removed, since PostgreSQL itself would refuse to start while the PID is in use.
     */
    private Optional<Running> runningServer() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.getFirst().trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
            if (process.isPresent() && lines.size() > 3) {
                int port = Integer.parseInt(lines.get(3).trim());
                if (Net.answers(port)) {
                    return Optional.of(new Running(process.get(), port));
                }
            }
            if (process.isEmpty()) {
                Files.delete(pidFile);
                return Optional.empty();
            }
            throw new IllegalStateException("PostgreSQL (pid " + process.get().pid() + ") holds " + dataDir
                    + " but does not answer; it may be starting or stopping. Try again, or stop it.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prepareLog() {
        try {
            if (!Files.exists(log)) {
                Files.createFile(log);
            }
            user.own(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pgCtl(String action, String... options) {
        var command = new ArrayList<>(List.of(
                binaries.resolve("bin/pg_ctl").toString(), action, "--pgdata=" + dataDir, "--wait",
                "--timeout=" + PG_CTL_TIMEOUT.toSeconds()));
        command.addAll(List.of(options));
        // The working directory must be one the server's user can enter: pg_ctl looks up its own path from it.
        Processes.run(user.command(command), home, PG_CTL_TIMEOUT.plusSeconds(10));
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
