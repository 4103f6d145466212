package vn.cchc.site.editor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.serve.PreviewServer;
import vn.cchc.site.testing.SiteFixture;
import vn.cchc.site.testing.TreeHashes;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --editor}'s local backend under attack, over real HTTP on loopback: requests from
 * another origin, under another host name (DNS rebinding), without or with a wrong token, with a
 * text/plain body, and with paths leaving {@code content/} and {@code assets/} are refused, and the
 * site's files stay exactly as they were; the editor's own flow still works.
 */
@Tag("security")
class EditorApiSecurityTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;
    SiteFixture site;
    PreviewServer server;
    HttpClient http = HttpClient.newHttpClient();
    String token;

    @BeforeEach
    void start() throws Exception {
        site = new SiteFixture(dir.resolve("site"));
        site.item("tin-tuc/a.md", "title: Tin có sẵn\ntype: tin\ndate: 2025-03-01", "Nội dung.");
        site.file("site.yml", "ward: \"Phường Thử\"\n");
        site.file("templates/.keep", "");
        site.bytes(AdminPages.BUNDLE, "/* decap */".getBytes(StandardCharsets.UTF_8));
        site.file("assets/anh/.keep", "");
        Files.writeString(outside.resolve("bi-mat.txt"), "bí mật");
        server = new PreviewServer(site.root(), dir.resolve("preview"), 0, true);
        assertEquals("", server.start());
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(server.url() + "admin/")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("var t=\"([A-Za-z0-9_-]{40,})\"").matcher(admin.body());
        assertTrue(m.find(), admin.body());
        token = m.group(1);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "api/v1"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String body) throws Exception {
        return post(body, Map.of("Content-Type", "application/json", EditorAccess.HEADER, token));
    }

    private static String write(String path, String raw) {
        return "{\"action\":\"persistEntry\",\"params\":{\"entry\":{\"path\":" + json(path) + ",\"raw\":" + json(raw)
                + "}}}";
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\u0000", "\\u0000") + "\"";
    }

    private String rawRequest(String host, String origin, String body) throws Exception {
        int port = URI.create(server.url()).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST /api/v1 HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Content-Type: application/json\r\n" + EditorAccess.HEADER + ": " + token + "\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theEditorsOwnFlowWorks() throws Exception {
        HttpResponse<String> saved = call(write("content/tin-tuc/moi.md", "---\ntitle: Mới\ntype: tin\ndate: 2025-03-02\n---\nA\n"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(Files.readString(site.root().resolve("content/tin-tuc/moi.md")).contains("title: Mới"));
        HttpResponse<String> entries = call("{\"action\":\"entriesByFolder\",\"params\":{\"folder\":\"content/tin-tuc\","
                + "\"extension\":\"md\",\"depth\":1}}");
        assertEquals(200, entries.statusCode());
        assertTrue(entries.body().contains("Tin có sẵn") && entries.body().contains("title: Mới"), entries.body());
        String png = Base64.getEncoder().encodeToString(new byte[]{1, 2, 3});
        HttpResponse<String> media = call("{\"action\":\"persistMedia\",\"params\":{\"asset\":{\"path\":\"assets/anh/a.png\","
                + "\"content\":\"" + png + "\"}}}");
        assertEquals(200, media.statusCode(), media.body());
        assertEquals(3, Files.size(site.root().resolve("assets/anh/a.png")));
        assertEquals(200, post("{\"action\":\"info\"}", Map.of("Content-Type", "application/json; charset=utf-8",
                EditorAccess.HEADER, token, "Origin", server.url().replaceAll("/$", ""))).statusCode());
    }

    @Test
    void requestsWithoutTheRightTokenOriginHostOrContentTypeAreRefused() throws Exception {
        Map<String, String> before = TreeHashes.of(site.root());
        String attack = write("content/tin-tuc/xau.md", "---\ntitle: X\ntype: tin\ndate: 2025-03-02\n---\n");
        assertEquals(403, post(attack, Map.of("Content-Type", "application/json")).statusCode(), "no token");
        assertEquals(403, post(attack, Map.of("Content-Type", "application/json", EditorAccess.HEADER,
                token.substring(1) + "x")).statusCode(), "wrong token");
        assertEquals(403, post(attack, Map.of("Content-Type", "application/json", EditorAccess.HEADER, "")).statusCode());
        assertEquals(415, post(attack, Map.of("Content-Type", "text/plain", EditorAccess.HEADER, token)).statusCode());
        assertEquals(415, post(attack, Map.of("Content-Type", "application/x-www-form-urlencoded", EditorAccess.HEADER,
                token)).statusCode());
        assertEquals(415, post(attack, Map.of(EditorAccess.HEADER, token)).statusCode(), "no content type");
        assertEquals(403, post(attack, Map.of("Content-Type", "application/json", EditorAccess.HEADER, token,
                "Origin", "http://evil.example")).statusCode(), "foreign origin");
        assertEquals(403, post(attack, Map.of("Content-Type", "application/json", EditorAccess.HEADER, token,
                "Origin", "null")).statusCode(), "sandboxed origin");
        int port = URI.create(server.url()).getPort();
        assertTrue(rawRequest("evil.example:" + port, null, attack).startsWith("HTTP/1.1 403"), "rebound host name");
        assertTrue(rawRequest("127.0.0.1:" + (port + 1), null, attack).startsWith("HTTP/1.1 403"), "other port");
        assertTrue(rawRequest("127.0.0.1.nip.io:" + port, null, attack).startsWith("HTTP/1.1 403"));
        assertTrue(rawRequest("127.0.0.1:" + port, "http://127.0.0.1:" + port + ".evil.example", attack)
                .startsWith("HTTP/1.1 403"));
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        // the same raw request with the right host is accepted: the refusals above are about the host
        assertTrue(rawRequest("127.0.0.1:" + port, null, "{\"action\":\"info\"}").startsWith("HTTP/1.1 200"));
        assertEquals(before, TreeHashes.of(site.root()));
    }

    @Test
    void pathsOutsideContentAndAssetsAreRefused() throws Exception {
        Files.createSymbolicLink(site.root().resolve("content/ra-ngoai"), outside);
        Files.createSymbolicLink(site.root().resolve("content/tin-tuc/treo.md"), outside.resolve("moi-tao.md"));
        Files.createSymbolicLink(site.root().resolve("assets/anh/mat.txt"), outside.resolve("bi-mat.txt"));
        Map<String, String> before = TreeHashes.of(site.root());
        Map<String, String> outsideBefore = TreeHashes.of(outside);
        List<String> paths = List.of("site.yml", "templates/item.ftl", ".git/config", "editor/dist/decap-cms.js",
                "content/../site.yml", "content/tin-tuc/../../templates/base.ftl", "content/%2e%2e/site.yml",
                "content/%2E%2E/templates/x.ftl", "assets/..%2fsite.yml", "/etc/passwd", "//etc/passwd",
                outside.resolve("x.md").toString(), "content\\..\\site.yml", "content/tin-tuc\\..\\..\\site.yml",
                "C:/Windows/x.md", "content/C:/x.md", "content/.git/config", "content//x.md", "content/./x.md",
                "content/ra-ngoai/x.md", "content/tin-tuc/treo.md", "assets/anh/mat.txt", "content/a\u0000.md",
                "", "content", "contentx/a.md", "../site/content/a.md");
        for (String path : paths) {
            HttpResponse<String> w = call(write(path, "---\ntitle: X\n---\n"));
            assertEquals(403, w.statusCode(), "write " + path + ": " + w.body());
            HttpResponse<String> r = call("{\"action\":\"getEntry\",\"params\":{\"path\":" + json(path) + "}}");
            assertEquals(403, r.statusCode(), "read " + path + ": " + r.body());
            HttpResponse<String> d = call("{\"action\":\"deleteFile\",\"params\":{\"path\":" + json(path) + "}}");
            assertEquals(403, d.statusCode(), "delete " + path);
            HttpResponse<String> m = call("{\"action\":\"getMediaFile\",\"params\":{\"path\":" + json(path) + "}}");
            assertEquals(403, m.statusCode(), "media " + path);
        }
        HttpResponse<String> list = call("{\"action\":\"entriesByFolder\",\"params\":{\"folder\":\"content/ra-ngoai\","
                + "\"extension\":\"txt\",\"depth\":3}}");
        assertEquals(403, list.statusCode(), list.body());
        HttpResponse<String> media = call("{\"action\":\"getMedia\",\"params\":{\"mediaFolder\":\"assets/anh\"}}");
        assertEquals(200, media.statusCode());
        assertFalse(media.body().contains(Base64.getEncoder().encodeToString("bí mật".getBytes(StandardCharsets.UTF_8))),
                "a link to an outside file is not listed");
        // one bad path in a multi-file save writes nothing
        HttpResponse<String> mixed = call("{\"action\":\"persistEntry\",\"params\":{\"dataFiles\":["
                + "{\"path\":\"content/tin-tuc/b.md\",\"raw\":\"x\"},{\"path\":\"site.yml\",\"raw\":\"x\"}]}}");
        assertEquals(403, mixed.statusCode());
        HttpResponse<String> rename = call("{\"action\":\"persistEntry\",\"params\":{\"entry\":{\"path\":"
                + "\"content/tin-tuc/a.md\",\"raw\":\"x\",\"newPath\":\"templates/base.ftl\"}}}");
        assertEquals(403, rename.statusCode());
        assertEquals(before, TreeHashes.of(site.root()));
        assertEquals(outsideBefore, TreeHashes.of(outside));
        assertFalse(Files.exists(outside.resolve("moi-tao.md")));
    }
}
