package vn.cchc.site.serve;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview over real HTTP: malformed paths are answered 400 (not a dropped connection), paths
 * climbing out of the preview folder find nothing, a request under another host name (DNS
 * rebinding) cannot read the drafts, and the preview folder is owner-only and deleted on close.
 */
@Tag("security")
class PreviewSecurityTest {
    @TempDir
    Path dir;

    private static String get(String url, String path, String host) throws Exception {
        URI uri = URI.create(url);
        try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + (host == null ? "127.0.0.1:" + uri.getPort() : host)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void malformedAndClimbingPathsAndForeignHostsAreAnsweredNotDropped() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.item("tin-tuc/nhap.md", "title: Bản nháp bí mật\ntype: tin\ndate: 2025-03-01\nstatus: draft", "Nháp.");
        Files.writeString(dir.resolve("secret.txt"), "bí mật ngoài");
        try (PreviewFolder folder = PreviewFolder.create();
             PreviewServer server = new PreviewServer(site.root(), folder.path(), 0, false)) {
            assertEquals("", server.start());
            String url = server.url();
            assertTrue(get(url, "/tin-tuc/nhap/", null).contains("Bản nháp bí mật"), "the preview shows drafts");
            for (String bad : new String[]{"/tin-tuc/%00", "/%00/", "/tin-tuc/%zz", "/tin-tuc/%", "/a%00b.html"}) {
                String answer = get(url, bad, null);
                assertTrue(answer.startsWith("HTTP/1.1 400"), bad + ": " + answer);
            }
            for (String climb : new String[]{"/../secret.txt", "/..%2f..%2fsecret.txt", "/%2e%2e/%2e%2e/secret.txt",
                    "/tin-tuc/..%2F..%2F..%2Fsecret.txt"}) {
                String answer = get(url, climb, null);
                assertFalse(answer.contains("bí mật ngoài"), climb + ": " + answer);
                assertFalse(answer.isEmpty(), climb + ": connection dropped");
            }
            int port = URI.create(url).getPort();
            String rebound = get(url, "/tin-tuc/nhap/", "attacker.example:" + port);
            assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
            assertFalse(rebound.contains("Bản nháp bí mật"));
            assertTrue(get(url, "/tin-tuc/nhap/", "localhost:" + port).contains("Bản nháp bí mật"));
        }
    }

    @Test
    void thePreviewFolderIsOwnerOnlyAndDeletedOnClose() throws Exception {
        Path path;
        try (PreviewFolder folder = PreviewFolder.create()) {
            path = folder.path();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
            Files.createDirectories(path.resolve("tin-tuc/nhap"));
            Files.writeString(path.resolve("tin-tuc/nhap/index.html"), "nháp");
        }
        assertFalse(Files.exists(path));
    }
}
