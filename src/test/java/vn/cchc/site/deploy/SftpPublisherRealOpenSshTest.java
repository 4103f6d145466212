package vn.cchc.site.deploy;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.OpenSshServer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deploys to Debian's OpenSSH ({@code /usr/sbin/sshd} and its {@code sftp-server}, SFTP 3), started
 * by the test on a loopback port for the current user, with the server checked against a
 * known_hosts file as in production. Skipped where OpenSSH's server is not installed
 * ({@code apt-get install openssh-server}) or cannot start.
 */
class SftpPublisherRealOpenSshTest {
    @TempDir
    Path dir;
    OpenSshServer server;
    int port;
    Path clientKey;
    Path knownHosts;
    Path www;
    Path sftpLog;

    @BeforeEach
    void startOpenSsh() throws Exception {
        KeyPair host = ecKey();
        KeyPair client = ecKey();
        Path hostKey = writeKey(host, "host_key");
        clientKey = writeKey(client, "client_key");
        start(hostKey, PublicKeyEntry.toString(host.getPublic()), PublicKeyEntry.toString(client.getPublic()));
    }

    /** Starts sshd with {@code hostKey}, trusting {@code clientPublic}; the client trusts {@code hostPublic}. */
    private void start(Path hostKey, String hostPublic, String clientPublic) throws Exception {
        server = OpenSshServer.start(dir, hostKey, hostPublic, clientPublic);
        port = server.port();
        knownHosts = server.knownHosts();
        www = server.www();
        sftpLog = server.sftpLog();
    }

    private String[] keygen(String type, String name) throws Exception {
        return OpenSshServer.keygen(dir, type, name);
    }

    @AfterEach
    void stopOpenSsh() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private static KeyPair ecKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private Path writeKey(KeyPair key, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", null, out);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private SftpPublisher publisher() {
        return new SftpPublisher(new DeployConfig("127.0.0.1", port, System.getProperty("user.name"), DeployKey.file(clientKey),
                www.toString(), knownHosts, 5));
    }

    private Path site(String name, Map<String, String> files) throws IOException {
        Path root = dir.resolve(name);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return root;
    }

    private String served(String path) throws IOException {
        return Files.readString(www.resolve("current").resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void publishLinkSwitchAndRollBackOnOpenSsh() throws Exception {
        Map<String, String> v1 = Map.of("index.html", "trang chủ v1", "css/site.css", "body{}");
        Map<String, String> v2 = Map.of("index.html", "trang chủ v2", "css/site.css", "body{}", "moi.html", "mới");
        DeployReport first = publisher().publish(site("v1", v1), "20250101-080000");
        assertEquals(2, first.uploaded());
        assertEquals("releases/20250101-080000", Files.readSymbolicLink(www.resolve("current")).toString());
        assertEquals("trang chủ v1", served("index.html"));

        AtomicBoolean watching = new AtomicBoolean(true);
        AtomicInteger missing = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (watching.get()) {
                if (!Files.isSymbolicLink(www.resolve("current"))) {
                    missing.incrementAndGet();
                }
            }
        });
        reader.start();
        DeployReport second;
        try {
            second = publisher().publish(site("v2", v2), "20250102-080000");
        } finally {
            watching.set(false);
            reader.join();
        }
        assertEquals(2, second.uploaded(), "index.html changed, moi.html is new");
        assertEquals(1, second.reused());
        assertEquals(0, missing.get(), "posix-rename@openssh.com replaces current without a gap");
        String log = Files.exists(sftpLog) ? Files.readString(sftpLog) : "";
        Assumptions.assumeTrue(log.contains("open \""), "sftp-server wrote no log here");
        assertTrue(log.contains("posix-rename old \"" + www.resolve(".current-20250102-080000") + "\" new \""
                + www.resolve("current") + "\""), log);
        assertTrue(!log.contains("remove name \"" + www.resolve("current") + "\""), "current is never removed: " + log);
        assertEquals(Files.getAttribute(www.resolve("releases/20250101-080000/css/site.css"), "unix:ino"),
                Files.getAttribute(www.resolve("releases/20250102-080000/css/site.css"), "unix:ino"),
                "the unchanged file is a hard link (hardlink@openssh.com)");
        assertEquals("trang chủ v2", served("index.html"));

        assertEquals("20250101-080000", publisher().rollback().release());
        assertEquals("trang chủ v1", served("index.html"));
    }

    @Test
    void anUnknownServerIsRefused() throws Exception {
        publisher().publish(site("v1", Map.of("index.html", "v1")), "20250101-080000");
        Files.writeString(knownHosts, "");
        DeployException e = assertThrows(DeployException.class,
                () -> publisher().publish(site("v2", Map.of("index.html", "v2")), "20250102-080000"));
        assertTrue(e.getMessage().contains("known_hosts"), e.getMessage());
        assertEquals("v1", served("index.html"));
    }

    @Test
    void ed25519KeysMadeWithSshKeygenWorkForTheClientAndTheServer() throws Exception {
        server.close();
        String[] host = keygen("ed25519", "host_ed25519");
        String[] client = keygen("ed25519", "cchc_deploy");
        clientKey = Path.of(client[0]);
        start(Path.of(host[0]), host[1], client[1]);
        publisher().publish(site("v1", Map.of("index.html", "khóa Ed25519")), "20250101-080000");
        assertEquals("khóa Ed25519", served("index.html"));
    }
}
