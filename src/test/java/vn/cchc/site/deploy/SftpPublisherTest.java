package vn.cchc.site.deploy;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deploys to a real SFTP server on loopback (Apache MINA SSHD, public-key authentication, server
 * files in a temporary folder) and checks what readers would be served: the tree behind
 * {@code current}.
 */
class SftpPublisherTest {
    @TempDir
    Path dir;
    SshServer server;
    Path serverRoot;
    KeyPair hostKey;
    Path clientKey;
    PublicKey authorized;
    final AtomicInteger writes = new AtomicInteger();
    final AtomicInteger dropAfterWrites = new AtomicInteger(-1);
    final AtomicBoolean dropped = new AtomicBoolean();
    /** What readers were served at each write of an upload, sampled on the server. */
    final List<Map<String, String>> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
    final AtomicBoolean sampling = new AtomicBoolean();
    final AtomicBoolean diskFull = new AtomicBoolean();
    final AtomicInteger hardLinks = new AtomicInteger();
    final AtomicInteger currentRemoved = new AtomicInteger();

    /** The server's SFTP dialect; subclasses run every test against another one. */
    void configure(SshServer server) {
        // MINA's default: SFTP 6 with OpenSSH's extensions
    }

    /** Whether this server can hard-link unchanged files (else they are uploaded again). */
    boolean serverLinks() {
        return true;
    }

    /** Whether this server can rename over {@code current} in one step. */
    boolean atomicSwitch() {
        return true;
    }

    @BeforeEach
    void startServer() throws Exception {
        serverRoot = Files.createDirectories(dir.resolve("server"));
        hostKey = ecKey();
        KeyPair client = ecKey();
        authorized = client.getPublic();
        clientKey = dir.resolve("id_ecdsa");
        try (OutputStream out = Files.newOutputStream(clientKey)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(client, "ci", null, out);
        }
        server = SshServer.setUpDefaultServer();
        server.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> user.equals("portal") && KeyUtils.compareKeys(key,
                authorized));
        server.setFileSystemFactory(new VirtualFileSystemFactory(serverRoot));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void linking(ServerSession session, Path source, Path target, boolean symLink) {
                if (!symLink) {
                    hardLinks.incrementAndGet();
                }
            }

            @Override
            public void removing(ServerSession session, Path path, boolean isDirectory) {
                if (path.getFileName() != null && path.getFileName().toString().equals("current")) {
                    currentRemoved.incrementAndGet();
                }
            }

            @Override
            public void writing(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
                                byte[] data, int dataOffset, int dataLen) throws IOException {
                if (diskFull.get()) {
                    throw new IOException("No space left on device");
                }
                if (sampling.get()) {
                    samples.add(served());
                }
                if (writes.incrementAndGet() == dropAfterWrites.get()) {
                    dropped.set(true);
                    session.close(true);
                    throw new IOException("connection dropped by the test");
                }
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        configure(server);
        server.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.stop(true);
    }

    private static KeyPair ecKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private SftpPublisher publisher(int keep) {
        DeployConfig config = new DeployConfig("127.0.0.1", server.getPort(), "portal", DeployKey.file(clientKey), "/www",
                dir.resolve("no-known-hosts"), keep);
        return new SftpPublisher(config, (session, address, key) -> KeyUtils.compareKeys(key, hostKey.getPublic()));
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

    /** What readers are served: every file under current/, by path. */
    private Map<String, String> served() throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path current = serverRoot.resolve("www/current");
        if (!Files.exists(current)) {
            return out;
        }
        Path real = current.toRealPath();
        try (Stream<Path> files = Files.walk(real)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = real.relativize(f).toString();
                if (!rel.startsWith(".")) {
                    out.put(rel, Files.readString(f));
                }
            }
        }
        return out;
    }

    private static Map<String, String> v1() {
        return Map.of("index.html", "trang chủ v1", "tin-tuc/a/index.html", "tin A", "css/site.css", "body{}");
    }

    private static Map<String, String> v2() {
        return Map.of("index.html", "trang chủ v2", "tin-tuc/a/index.html", "tin A", "css/site.css", "body{}",
                "tin-tuc/b/index.html", "tin B");
    }

    @Test
    void firstDeployThenOnlyChangedFilesAreSent() throws Exception {
        DeployReport first = publisher(5).publish(site("v1", v1()), "20250101-080000");
        assertEquals(3, first.uploaded());
        assertEquals(v1(), served());
        DeployReport second = publisher(5).publish(site("v2", v2()), "20250102-080000");
        if (serverLinks()) {
            assertEquals(2, second.uploaded(), "index.html changed, tin-tuc/b is new");
            assertEquals(2, second.reused(), "unchanged files are linked on the server");
            assertEquals(2, hardLinks.get(), "hard links made by the server");
            assertEquals("trang chủ v2".getBytes(StandardCharsets.UTF_8).length + "tin B".getBytes(StandardCharsets.UTF_8).length,
                    second.bytes(), "only the changed and new files are sent");
        } else {
            assertEquals(4, second.uploaded(), "without links every file is sent again");
            assertEquals(0, hardLinks.get());
        }
        assertEquals("20250101-080000", second.previous());
        assertEquals(v2(), served());
        assertEquals(atomicSwitch() ? 0 : 1, currentRemoved.get(),
                atomicSwitch() ? "current is replaced by a rename, never removed" : "fallback: removed, then renamed");
    }

    @Test
    void theBuildReportStaysWithThePipeline() throws Exception {
        Map<String, String> withReport = new TreeMap<>(v1());
        withReport.put("build-report.json", "{\"warnings\":[\"content/tin-tuc/2026/ban-nhap.md:3: cảnh báo\"]}");
        DeployReport r = publisher(5).publish(site("v1", withReport), "20250101-080000");
        assertEquals(3, r.uploaded());
        assertEquals(v1(), served(), "build-report.json names draft files: it is not served");
    }

    @Test
    void rollbackSwitchesBackToThePreviousRelease() throws Exception {
        publisher(5).publish(site("v1", v1()), "20250101-080000");
        publisher(5).publish(site("v2", v2()), "20250102-080000");
        DeployReport back = publisher(5).rollback();
        assertEquals("20250101-080000", back.release());
        assertEquals(v1(), served());
    }

    @Test
    void rollbackGoesToTheReleaseThatWasLiveBeforeNotTheOneNamedBefore() throws Exception {
        publisher(5).publish(site("v1", v1()), "20250101-080000");
        publisher(5).publish(site("v2", v2()), "20250102-080000");
        publisher(5).rollback();
        Map<String, String> v3 = Map.of("index.html", "trang chủ v3");
        DeployReport third = publisher(5).publish(site("v3", v3), "20250103-080000");
        assertEquals("20250101-080000", third.previous());
        assertEquals(v3, served());
        assertEquals("20250101-080000", publisher(5).rollback().release(), "v2 was rolled back from, not live before v3");
        assertEquals(v1(), served());
        DeployException none = assertThrows(DeployException.class, () -> publisher(5).rollback());
        assertTrue(none.getMessage().contains("Không có bản trước"), none.getMessage());
        assertEquals(v1(), served());
    }

    @Test
    void onlyTheLastReleasesAreKept() throws Exception {
        for (int i = 1; i <= 4; i++) {
            publisher(2).publish(site("v" + i, Map.of("index.html", "bản " + i)), "2025010" + i + "-080000");
        }
        try (Stream<Path> releases = Files.list(serverRoot.resolve("www/releases"))) {
            assertEquals(List.of("20250103-080000", "20250104-080000"),
                    releases.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(Map.of("index.html", "bản 4"), served());
    }

    @Test
    void aWrongKeyIsRefusedClearlyAndTheLiveSiteStays() throws Exception {
        publisher(5).publish(site("v1", v1()), "20250101-080000");
        KeyPair other = ecKey();
        try (OutputStream out = Files.newOutputStream(clientKey)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(other, "sai", null, out);
        }
        DeployException e = assertThrows(DeployException.class,
                () -> publisher(5).publish(site("v2", v2()), "20250102-080000"));
        assertTrue(e.getMessage().contains("từ chối đăng nhập"), e.getMessage());
        assertEquals(v1(), served());
    }

    @Test
    void aConnectionDroppedMidUploadLeavesTheLiveSiteExactlyAsItWas() throws Exception {
        publisher(5).publish(site("v1", v1()), "20250101-080000");
        Map<String, String> big = new TreeMap<>(v2());
        for (int i = 0; i < 20; i++) {
            big.put("the/t" + i + "/index.html", "thẻ " + i);
        }
        writes.set(0);
        dropAfterWrites.set(6);
        sampling.set(true);
        assertThrows(DeployException.class, () -> publisher(5).publish(site("v2", big), "20250102-080000"));
        assertTrue(dropped.get());
        assertTrue(samples.size() >= 5);
        samples.forEach(sample -> assertEquals(v1(), sample, "during the upload readers get the old release only"));
        sampling.set(false);
        assertEquals(v1(), served(), "readers still get exactly the old release, never a mix");
        dropAfterWrites.set(-1);
        Files.createSymbolicLink(serverRoot.resolve("www/.current-20250102-000000"), Path.of("releases/gone"));
        DeployReport again = publisher(5).publish(site("v2b", big), "20250102-090000");
        try (Stream<Path> root = Files.list(serverRoot.resolve("www"))) {
            assertEquals(List.of("current", "releases"), root.map(p -> p.getFileName().toString()).sorted().toList(),
                    "a link left by a run stopped before its switch is removed");
        }
        assertEquals(big, served());
        assertEquals("20250101-080000", again.previous());
        try (Stream<Path> releases = Files.list(serverRoot.resolve("www/releases"))) {
            assertEquals(2, releases.count(), "the incomplete release was removed");
        }
    }

    @Test
    void missingConfigurationIsExplained() {
        DeployConfig empty = new DeployConfig("", 22, "", null, "", dir.resolve("kh"), 5);
        DeployException e = assertThrows(DeployException.class, () -> new SftpPublisher(empty).publish(dir, "x"));
        assertTrue(e.getMessage().contains("CCHC_DEPLOY_HOST"), e.getMessage());
    }

    @Test
    void aFullDiskLeavesTheLiveSiteAsItWas() throws Exception {
        publisher(5).publish(site("v1", v1()), "20250101-080000");
        diskFull.set(true);
        DeployException e = assertThrows(DeployException.class,
                () -> publisher(5).publish(site("v2", v2()), "20250102-080000"));
        assertTrue(e.getMessage().contains("Trang đang chạy không thay đổi"), e.getMessage());
        assertEquals(v1(), served());
        diskFull.set(false);
        publisher(5).publish(site("v2", v2()), "20250102-080000");
        assertEquals(v2(), served());
    }

    /** A site folder whose site.yml points deploy at the test server, with this known_hosts content. */
    private Path cliSource(String knownHosts, String port) throws IOException {
        Path source = Files.createDirectories(dir.resolve("source"));
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, knownHosts, StandardCharsets.US_ASCII);
        Files.writeString(source.resolve("site.yml"), "deploy:\n  host: 127.0.0.1\n  port: " + port
                + "\n  user: portal\n  key: \"" + clientKey + "\"\n  root: /www\n  known_hosts: \"" + file
                + "\"\n  keep: 3\n", StandardCharsets.UTF_8);
        return source;
    }

    private String knownHostsLine(PublicKey key) {
        return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(key) + "\n";
    }

    private record Run(int code, String out, String err) { }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = vn.cchc.site.cli.Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Tests of the client alone (configuration, keys, CLI) run once, not once per server dialect. */
    private void runOnceOnly() {
        org.junit.jupiter.api.Assumptions.assumeTrue(getClass() == SftpPublisherTest.class, "client-only test");
    }

    private void assumeNoDeployEnvironment() {
        runOnceOnly();
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv().keySet().stream()
                .noneMatch(k -> k.startsWith("CCHC_DEPLOY_")), "CCHC_DEPLOY_* set: the CLI would use them");
    }

    @Test
    void theCommandDeploysAndRollsBackWithTheServerKeyFromKnownHosts() throws Exception {
        assumeNoDeployEnvironment();
        Path source = cliSource(knownHostsLine(hostKey.getPublic()), String.valueOf(server.getPort()));
        Run first = cli("deploy", "-s", source.toString(), "-o", site("v1", v1()).toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Đã đăng bản"), first.out());
        assertEquals(v1(), served());
        Run nothingBefore = cli("deploy", "-s", source.toString(), "--rollback");
        assertEquals(1, nothingBefore.code());
        assertTrue(nothingBefore.err().contains("Không có bản trước"), nothingBefore.err());
        Run second = cli("deploy", "-s", source.toString(), "-o", site("v2", v2()).toString());
        assertEquals(0, second.code(), second.err());
        assertEquals(v2(), served());
        Run back = cli("deploy", "-s", source.toString(), "--rollback");
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains("Đã quay lại bản"), back.out());
        assertEquals(v1(), served());
    }

    @Test
    void anUnknownServerKeyIsRefusedAndTheLiveSiteStays() throws Exception {
        assumeNoDeployEnvironment();
        publisher(5).publish(site("v1", v1()), "20250101-080000");
        for (String knownHosts : List.of(knownHostsLine(ecKey().getPublic()), "")) {
            Path source = cliSource(knownHosts, String.valueOf(server.getPort()));
            Run run = cli("deploy", "-s", source.toString(), "-o", site("v2", v2()).toString());
            assertEquals(1, run.code());
            assertTrue(run.err().contains("known_hosts") && run.err().contains("giả mạo"), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
            assertEquals(v1(), served());
        }
    }

    @Test
    void aPortThatIsNotANumberIsExplained() throws Exception {
        assumeNoDeployEnvironment();
        Path source = cliSource("", "hai mươi hai");
        Run run = cli("deploy", "-s", source.toString(), "-o", site("v1", v1()).toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("deploy.port") && run.err().contains("số nguyên"), run.err());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "ssh-keygen -t {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ed25519", "ecdsa", "rsa"})
    void aKeyMadeByOpenSshKeygenIsUsed(String type) throws Exception {
        runOnceOnly();
        Path keygen = Path.of("/usr/bin/ssh-keygen");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(keygen), "no ssh-keygen");
        Path key = dir.resolve("cchc_deploy");
        Process p = new ProcessBuilder(keygen.toString(), "-q", "-t", type, "-N", "", "-C", "ci",
                "-f", key.toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor());
        authorized = PublicKeyEntry.parsePublicKeyEntry(Files.readString(dir.resolve("cchc_deploy.pub")).strip())
                .resolvePublicKey(null, null, null);
        clientKey = key;
        publisher(5).publish(site("v1", v1()), "20250101-080000");
        assertEquals(v1(), served());
    }

    @Test
    void aFileThatIsNotAKeyIsExplained() throws Exception {
        runOnceOnly();
        Files.writeString(clientKey, "không phải khóa");
        DeployException e = assertThrows(DeployException.class,
                () -> publisher(5).publish(site("v1", v1()), "20250101-080000"));
        assertTrue(e.getMessage().contains("khóa SSH") && e.getMessage().contains("ssh-keygen -t ed25519"),
                e.getMessage());
    }

    private SftpPublisher fromEnvironment(Map<String, String> env) throws Exception {
        Path source = cliSource("", String.valueOf(server.getPort()));
        DeployConfig config = DeployConfig.load(source, env);
        return new SftpPublisher(config, (session, address, key) -> KeyUtils.compareKeys(key, hostKey.getPublic()));
    }

    @org.junit.jupiter.api.Tag("security")
    @Test
    void keyMaterialInCchcDeployKeyIsUsedAndNeverPrinted() throws Exception {
        runOnceOnly();
        String material = Files.readString(clientKey);
        fromEnvironment(Map.of("CCHC_DEPLOY_KEY", material)).publish(site("v1", v1()), "20250101-080000");
        assertEquals(v1(), served());
        // the same key with its line breaks written as \n, as some CI variables hold it
        fromEnvironment(Map.of("CCHC_DEPLOY_KEY", material.replace("\n", "\\n")))
                .publish(site("v2", v2()), "20250102-080000");
        assertEquals(v2(), served());
        List<String> secretLines = material.lines().filter(l -> !l.startsWith("-----") && l.length() > 20).toList();
        String broken = material.substring(0, material.length() / 2);
        String oneLine = secretLines.get(0);
        for (String bad : List.of(broken, broken.replace("\n", " "), oneLine)) {
            DeployException e = assertThrows(DeployException.class,
                    () -> fromEnvironment(Map.of("CCHC_DEPLOY_KEY", bad)).publish(site("v3", v1()), "20250103-080000"));
            String shown = e.getMessage() + (e.getCause() == null ? "" : e.getCause().toString());
            for (String line : secretLines) {
                assertFalse(shown.contains(line.substring(0, 16)), "key material printed: " + shown);
            }
            assertTrue(shown.contains("CCHC_DEPLOY_KEY"), shown);
        }
        assertEquals(v2(), served());
    }

    @org.junit.jupiter.api.Tag("security")
    @Test
    void aRemoteCurrentThatIsAFolderIsExplainedAndLeftAlone() throws Exception {
        runOnceOnly();
        Path current = Files.createDirectories(serverRoot.resolve("www/current"));
        Files.writeString(current.resolve("index.html"), "trang cũ chép tay");
        DeployException e = assertThrows(DeployException.class,
                () -> publisher(5).publish(site("v1", v1()), "20250101-080000"));
        assertTrue(e.getMessage().contains("www/current là một thư mục thật") && e.getMessage().contains("mv "),
                e.getMessage());
        assertFalse(e.getMessage().contains("Mất kết nối"), e.getMessage());
        assertEquals("trang cũ chép tay", Files.readString(current.resolve("index.html")));
        assertFalse(Files.exists(serverRoot.resolve("www/releases")), "nothing uploaded");
        assertThrows(DeployException.class, () -> publisher(5).rollback());
    }
}
