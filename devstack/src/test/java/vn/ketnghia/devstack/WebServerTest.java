package vn.ketnghia.devstack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's web server, on a hand-made build like the one Vite writes. */
class WebServerTest {

    private static final String INDEX =
            "<!doctype html><title>Kết Nghĩa</title><script src=\"/assets/index-3f2a.js\"></script>";
    private static final String SCRIPT = "console.log('Kết Nghĩa');\n".repeat(200);

    @TempDir
    static Path tmp;
    private static Path dist;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        dist = Files.createDirectory(tmp.resolve("dist"));
        Files.writeString(dist.resolve("index.html"), INDEX);
        Files.createDirectories(dist.resolve("assets"));
        Files.writeString(dist.resolve("assets/index-3f2a.js"), SCRIPT);
        Files.writeString(dist.resolve("assets/index-9c1d.css"), "body{margin:0}");
        Files.write(dist.resolve("favicon.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(tmp.resolve("secret.txt"), "not for the browser");
        server = WebServer.start(dist, 0, new WebServer.ClientConfig("http://localhost:8080",
                "http://localhost:8180", "ketnghia", "ketnghia-web"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theAppIsServedAsHtmlThatIsAlwaysRevalidated() throws Exception {
        HttpResponse<String> response = get("/");

        assertEquals(200, response.statusCode());
        assertEquals(INDEX, response.body());
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        assertEquals("no-cache", header(response, "Cache-Control"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    }

    @Test
    void clientSideRoutesGetTheAppButMissingFilesAre404() throws Exception {
        HttpResponse<String> route = get("/agreements/42/plans");
        assertEquals(200, route.statusCode());
        assertEquals(INDEX, route.body());
        assertEquals("no-cache", header(route, "Cache-Control"));

        assertEquals(404, get("/assets/index-0000.js").statusCode(), "a missing script is not answered with HTML");
        assertEquals(404, get("/logo.svg").statusCode());
        assertEquals(404, get("/assets/unknown").statusCode());
    }

    @Test
    void hashedAssetsAreCachedForeverWithTheirContentType() throws Exception {
        HttpResponse<String> css = get("/assets/index-9c1d.css");

        assertEquals(200, css.statusCode());
        assertEquals("body{margin:0}", css.body());
        assertEquals("text/css; charset=utf-8", header(css, "Content-Type"));
        assertEquals("public, max-age=31536000, immutable", header(css, "Cache-Control"));

        HttpResponse<byte[]> png = HTTP.send(request("/favicon.png").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("image/png", header(png, "Content-Type"));
        assertEquals("no-cache", header(png, "Cache-Control"), "only names with a content hash are kept");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, png.body());
    }

    @Test
    void scriptsAreGzippedForBrowsersThatAcceptIt() throws Exception {
        HttpResponse<byte[]> gzipped = HTTP.send(request("/assets/index-3f2a.js")
                .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", header(gzipped, "Content-Encoding"));
        assertEquals("text/javascript; charset=utf-8", header(gzipped, "Content-Type"));
        assertTrue(gzipped.body().length < SCRIPT.length() / 10, "compressed: " + gzipped.body().length + " bytes");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertEquals(SCRIPT, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        HttpResponse<String> plain = get("/assets/index-3f2a.js");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(SCRIPT, plain.body());
    }

    @Test
    void configJsonNamesTheServersStartedAndIsNeverCached() throws Exception {
        HttpResponse<String> response = get("/config.json");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", header(response, "Content-Type"));
        assertEquals("no-cache", header(response, "Cache-Control"));
        JsonNode config = new ObjectMapper().readTree(response.body());
        assertEquals("http://localhost:8080", config.path("apiUrl").asText());
        assertEquals("http://localhost:8180", config.path("keycloakUrl").asText());
        assertEquals("ketnghia", config.path("realm").asText());
        assertEquals("ketnghia-web", config.path("clientId").asText());
    }

    @Test
    void nothingOutsideTheBuildIsServed() throws Exception {
        int port = URI.create(server.url()).getPort();
        // Sent raw: HTTP clients normalise "..", a hostile one does not.
        for (String path : new String[] {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt"}) {
            String response = rawGet(port, path);
            assertTrue(!response.contains("not for the browser"), path + " leaked: " + response);
        }
    }

    @Test
    void onlyReadsAreAllowed() throws Exception {
        HttpResponse<String> post = HTTP.send(request("/").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", header(post, "Allow"));
    }

    @Test
    void refusesToStartWithoutABuild(@TempDir Path empty) {
        var error = assertThrows(IllegalStateException.class, () -> WebServer.start(empty, 0,
                new WebServer.ClientConfig("a", "b", "c", "d")));
        assertTrue(error.getMessage().contains("npm run build"), error.getMessage());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.url()).resolve(path));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    private static String rawGet(int port, String path) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
