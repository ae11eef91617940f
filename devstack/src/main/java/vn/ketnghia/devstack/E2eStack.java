package vn.ketnghia.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./ketnghia e2e-stack FILE}: a stack of its own for the browser tests, which
 * {@code web-client/e2e/run.mjs} starts: a fresh {@code ketnghia_e2e} database, an in-memory Keycloak and the
 * API (with the demo data) on free ports, and the built web client on port {@value WebServer#E2E_PORT}, the
 * realm's second portal origin, so that it runs beside a developer's ./ketnghia run. When everything is ready
 * it writes the URLs to FILE as JSON; it stops everything when its standard input closes (the test runner
 * ended, however it ended), on SIGTERM or Ctrl-C, and when one of its servers dies.
 */
public final class E2eStack {

    private static final String DATABASE = "ketnghia_e2e";
    private static final String PORTAL_ORIGIN = "http://localhost:" + WebServer.E2E_PORT;

    private E2eStack() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("""
                    Usage: ketnghia e2e-stack FILE
                      Starts the browser tests' own stack, writes its URLs to FILE as JSON when it is ready,
                      and stops it when standard input closes or on Ctrl-C.""");
            System.exit(2);
        }
        Path urlsFile = Path.of(args[0]).toAbsolutePath();
        var supervisor = new Supervisor();
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::stopAll, "ketnghia-e2e-stop"));
        // A daemon thread, so that it never keeps the JVM alive; System.exit runs the shutdown hook.
        Thread.ofPlatform().daemon().name("ketnghia-e2e-stdin").start(() -> {
            drain(System.in);
            System.exit(0);
        });
        long started = System.nanoTime();
        System.out.println("Starting the end-to-end stack:");
        try {
            Map<String, String> urls = startAll(Workspace.locate(), supervisor);
            write(urlsFile, urls);
            System.out.printf("Ready in %.1f s: portal %s, API %s, Keycloak %s (URLs in %s)%n",
                    (System.nanoTime() - started) / 1e9, urls.get("portalUrl"), urls.get("apiUrl"),
                    urls.get("keycloakUrl"), urlsFile);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Could not start the end-to-end stack: " + e.getMessage());
            System.exit(1);
        }
        System.exit(supervisor.awaitFirstExit());
    }

    private static Map<String, String> startAll(Workspace workspace, Supervisor supervisor) {
        Path webBuild = workspace.webClientBuild();
        if (!Files.isRegularFile(webBuild.resolve("index.html"))) {
            throw new IllegalStateException("no web client build in " + webBuild
                    + " (cd web-client && npm ci && npm run build)");
        }
        // The realm accepts exactly this origin for the tests; checked before a minute of starting servers.
        Net.requireFree(WebServer.E2E_PORT, "the browser tests' portal (is another browser test run going on?)");

        step("PostgreSQL");
        var postgres = PostgresProvider.obtain(workspace.stateDir(), PostgresProvider.Settings.fromEnvironment(0));
        supervisor.started(postgres);
        postgres.startedServer().ifPresent(process ->
                supervisor.watch("PostgreSQL", process, postgres.log().orElseThrow()));
        PostgresConnection database = postgres.recreateDatabase(DATABASE);
        done(database.jdbcUrl());

        step("Keycloak");
        var keycloak = KeycloakServer.startEphemeral(workspace, "keycloak-e2e.log");
        supervisor.started(keycloak);
        supervisor.watch("Keycloak", keycloak.startedProcess().orElseThrow(), keycloak.log());
        done(keycloak.baseUrl() + ", log " + keycloak.log());

        step("API");
        var api = ApiServer.launch(workspace, Net.freePort(), database, keycloak, PORTAL_ORIGIN,
                workspace.logDir().resolve("api-e2e.log"));
        supervisor.started(api);
        supervisor.watch("API", api.process(), api.log());
        api.awaitReady();
        done(api.url("") + ", log " + api.log());

        step("Portal");
        var web = WebServer.start(webBuild, WebServer.E2E_PORT, WebServer.ClientConfig.of(api.url(""), keycloak));
        supervisor.startedInThisJvm(web);
        done(web.url());

        var urls = new LinkedHashMap<String, String>();
        urls.put("portalUrl", web.url());
        urls.put("apiUrl", api.url(""));
        urls.put("keycloakUrl", keycloak.baseUrl());
        return urls;
    }

    /** Nothing is said on standard input; only its end matters. */
    private static void drain(InputStream in) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException closed) {
            // As good as the end.
        }
    }

    /** Written whole and then moved into place, so that a reader polling for the file never sees half of it. */
    private static void write(Path file, Map<String, String> urls) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), urls);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void step(String what) {
        System.out.print("  " + what + " … ");
        System.out.flush();
    }

    private static void done(String how) {
        System.out.println(how);
    }
}
