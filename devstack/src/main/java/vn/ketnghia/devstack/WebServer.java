package vn.ketnghia.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the built web client ({@code web-client/dist}) the way a production web server would, plus
 * {@code /config.json}, written here from the servers actually started, so that one build runs against any
 * stack. Client-side routes (paths without a file extension) get {@code index.html}.
 */
final class WebServer implements AutoCloseable {

    /** The origin the realm's redirect URIs and the API's CORS settings name for the portal. */
    static final int RUN_PORT = 5173;
    /** A second origin in the realm, so browser tests can run beside a developer's ./ketnghia run. */
    static final int E2E_PORT = 5174;

    /**
     * What the web client reads at start.
     *
     * @param apiUrl      the API's origin, like {@code http://localhost:8080}
     * @param keycloakUrl Keycloak's base URL, like {@code http://localhost:8180}
     */
    record ClientConfig(String apiUrl, String keycloakUrl, String realm, String clientId) {

        static ClientConfig of(String apiUrl, KeycloakServer keycloak) {
            return new ClientConfig(apiUrl, keycloak.baseUrl(), KeycloakServer.REALM, "ketnghia-web");
        }
    }

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("wasm", "application/wasm"));
    /** Formats that are already compressed (images, fonts) gain nothing from gzip. */
    private static final Set<String> COMPRESSIBLE = Set.of("html", "js", "mjs", "css", "json", "map",
            "webmanifest", "txt", "svg");
    /** Vite puts a content hash in every file name under assets/, so a changed file is a new URL. */
    private static final String HASHED_PREFIX = "/assets/";
    private static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    private static final String CACHE_NEVER = "no-cache";

    private final HttpServer server;
    private final Path root;
    private final byte[] config;

    private WebServer(HttpServer server, Path root, byte[] config) {
        this.server = server;
        this.root = root;
        this.config = config;
    }

    /** Serves {@code root} (a directory with an index.html) on localhost:{@code port}; 0 means any free port. */
    static WebServer start(Path root, int port, ClientConfig config) {
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException("no web client build at " + root
                    + " (build it with: cd web-client && npm ci && npm run build)");
        }
        try {
            byte[] configJson = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(config);
            // Loopback only, like Keycloak: this is a development server.
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            var web = new WebServer(server, root.toAbsolutePath().normalize(), configJson);
            server.createContext("/", web::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return web;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serve the web client on port " + port, e);
        }
    }

    /** Like {@code http://localhost:5173/}. */
    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getResponseHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = requestPath(exchange.getRequestURI());
            if (path == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            if (path.equals("/config.json")) {
                send(exchange, 200, "json", CACHE_NEVER, config);
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                // A client-side route gets the app, which shows the page; a missing file stays an error, so
                // that a broken asset reference fails loudly instead of loading HTML as a script.
                if (!lastSegment(path).contains(".") && !path.startsWith(HASHED_PREFIX)) {
                    file = root.resolve("index.html");
                    path = "/index.html";
                } else {
                    send(exchange, 404, "txt", CACHE_NEVER, "Not found\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String cache = path.startsWith(HASHED_PREFIX) ? CACHE_FOREVER : CACHE_NEVER;
            send(exchange, 200, extension(file), cache, Files.readAllBytes(file));
        }
    }

    /** The decoded path, or null when it is not one (a malformed escape). */
    private static String requestPath(URI uri) {
        String path = uri.getPath();
        return path == null || !path.startsWith("/") ? null : path;
    }

    /** The regular file under the root that {@code path} names, or null; never anything outside the root. */
    private Path resolve(String path) {
        String relative = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
        try {
            Path file = root.resolve(relative).normalize();
            return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException notAFileName) {
            return null;
        }
    }

    private static void send(HttpExchange exchange, int status, String extension, String cache, byte[] body)
            throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
        headers.set("Cache-Control", cache);
        boolean compressible = COMPRESSIBLE.contains(extension);
        if (compressible) {
            headers.set("Vary", "Accept-Encoding");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (compressible && acceptsGzip(exchange) && body.length > 1024) {
            headers.set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(status, head ? -1 : 0);
            if (!head) {
                try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody())) {
                    out.write(body);
                }
            }
            return;
        }
        if (head) {
            headers.set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static boolean acceptsGzip(HttpExchange exchange) {
        return exchange.getRequestHeaders().getOrDefault("Accept-Encoding", List.of()).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("gzip"));
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
