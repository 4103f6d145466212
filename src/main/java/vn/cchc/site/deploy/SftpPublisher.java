package vn.cchc.site.deploy;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes a baked site over SFTP without ever showing readers a half-updated site:
 * <ol>
 *   <li>files go into a new folder {@code releases/<name>/}; files unchanged since the live release
 *   (same SHA-256 in its manifest) are hard-linked on the server ({@code hardlink@openssh.com} with
 *   OpenSSH, {@code SSH_FXP_LINK} with SFTP 6 servers), or uploaded again when the server cannot link;</li>
 *   <li>the manifest, the name of the live release ({@code .previous}, what {@link #rollback()} goes
 *   back to) and a {@code .complete} marker are written last;</li>
 *   <li>{@code current} is switched to the new release in one step: a new symbolic link is renamed
 *   over it ({@code posix-rename@openssh.com}, atomic on the server);</li>
 *   <li>releases beyond the last N are removed.</li>
 * </ol>
 * A dropped connection, a full disk or a refused key stops before step 3: the live site is exactly
 * what it was, and the next run removes the incomplete release and starts again.
 */
public final class SftpPublisher {
    static final String RELEASES = "releases";
    static final String CURRENT = CurrentLink.CURRENT;
    static final String COMPLETE = ".complete";
    static final String PREVIOUS = ".previous";
    /**
     * Files of {@code output/} that stay with the pipeline: the build report names content files in
     * its warnings, drafts included, so it is kept as a CI artifact and never served to readers.
     * Pages ({@link PagesFolder}) and the ZIP ({@code export zip}) leave them out too.
     */
    public static final Set<String> NOT_PUBLISHED = Set.of("build-report.json", vn.cchc.site.bake.OutputFolder.MARKER);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final DeployConfig config;
    private final ServerKeyVerifier verifier;

    /** Verifies the server against the configured known_hosts file; an unknown server is refused. */
    public SftpPublisher(DeployConfig config) {
        this(config, Files.isRegularFile(config.knownHosts())
                ? new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, config.knownHosts())
                : RejectAllServerKeyVerifier.INSTANCE);
    }

    public SftpPublisher(DeployConfig config, ServerKeyVerifier verifier) {
        this.config = config;
        this.verifier = verifier;
    }

    /** Uploads {@code site} as a new release and makes it live. */
    public DeployReport publish(Path site, String releaseName) throws DeployException {
        Manifest manifest;
        try {
            Map<String, String> files = new TreeMap<>(Manifest.of(site).files());
            files.keySet().removeAll(NOT_PUBLISHED);
            manifest = new Manifest(files);
        } catch (IOException e) {
            throw new DeployException("Không đọc được thư mục " + site + " để đăng: " + e.getMessage(), e);
        }
        return withSftp(sftp -> {
            String root = config.root();
            new CurrentLink(sftp, root).check();
            String releases = root + "/" + RELEASES;
            mkdirs(sftp, releases, new HashSet<>());
            String live = liveRelease(sftp);
            removeIncomplete(sftp, releases, live);
            Manifest old = live == null ? new Manifest(Map.of()) : readManifest(sftp, releases + "/" + live);
            String name = uniqueName(sftp, releases, releaseName);
            String target = releases + "/" + name;
            Set<String> dirs = new HashSet<>();
            mkdirs(sftp, target, dirs);
            int uploaded = 0;
            int reused = 0;
            long bytes = 0;
            for (Map.Entry<String, String> f : manifest.files().entrySet()) {
                String remote = target + "/" + f.getKey();
                mkdirs(sftp, parent(remote), dirs);
                if (live != null && f.getValue().equals(old.files().get(f.getKey()))
                        && link(sftp, releases + "/" + live + "/" + f.getKey(), remote)) {
                    reused++;
                    continue;
                }
                bytes += upload(sftp, site.resolve(f.getKey()), remote);
                uploaded++;
            }
            try (OutputStream out = sftp.write(target + "/" + Manifest.FILE)) {
                out.write(manifest.bytes());
            }
            try (OutputStream out = sftp.write(target + "/" + PREVIOUS)) {
                out.write((live == null ? "" : live).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            try (OutputStream out = sftp.write(target + "/" + COMPLETE)) {
                out.write(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            new CurrentLink(sftp, config.root()).switchTo(name);
            int pruned = prune(sftp, releases, name);
            return new DeployReport(name, live, uploaded, reused, bytes, pruned);
        });
    }

    /**
     * Makes the release that was live before the live one live again (its {@code .previous}; for
     * releases without one, the complete release named just before it). Repeated, it goes further back.
     */
    public DeployReport rollback() throws DeployException {
        return withSftp(sftp -> {
            new CurrentLink(sftp, config.root()).check();
            String releases = config.root() + "/" + RELEASES;
            String live = liveRelease(sftp);
            List<String> complete = completeReleases(sftp, releases);
            int at = complete.indexOf(live);
            String previous = at > 0 ? complete.get(at - 1) : null;
            if (live != null && exists(sftp, releases + "/" + live + "/" + PREVIOUS)) {
                try (InputStream in = sftp.read(releases + "/" + live + "/" + PREVIOUS)) {
                    String named = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                    previous = complete.contains(named) ? named : null;
                }
            }
            if (live == null || previous == null) {
                throw new DeployException("Không có bản trước để quay lại (bản đang chạy: "
                        + (live == null ? "chưa có" : live) + "; các bản cũ hơn đã được xóa hoặc chưa từng có).");
            }
            new CurrentLink(sftp, config.root()).switchTo(previous);
            return new DeployReport(previous, live, 0, 0, 0, 0);
        });
    }

    /** The name of the live release, or null. */
    public String live() throws DeployException {
        return withSftp(this::liveRelease);
    }

    private interface SftpWork<T> {
        T run(SftpClient sftp) throws IOException, DeployException;
    }

    private <T> T withSftp(SftpWork<T> work) throws DeployException {
        String missing = config.missing();
        if (!missing.isEmpty()) {
            throw new DeployException("Thiếu cấu hình đăng trang: " + missing + "xem mục deploy trong README.");
        }
        KeyPair key = config.key().load();
        SshClient client = SshClient.setUpDefaultClient();
        AtomicBoolean hostRefused = new AtomicBoolean();
        client.setServerKeyVerifier((session, address, serverKey) -> {
            boolean known = verifier.verifyServerKey(session, address, serverKey);
            hostRefused.compareAndSet(false, !known);
            return known;
        });
        client.start();
        try (ClientSession session = client.connect(config.user(), config.host(), config.port())
                .verify(TIMEOUT).getSession()) {
            session.addPublicKeyIdentity(key);
            try {
                session.auth().verify(TIMEOUT);
            } catch (IOException e) {
                if (hostRefused.get()) {
                    throw new DeployException("Khóa của máy chủ " + config.host() + ":" + config.port()
                            + " không có hoặc không khớp trong tệp known_hosts " + config.knownHosts()
                            + " (deploy.known_hosts hoặc CCHC_DEPLOY_KNOWN_HOSTS). Không đăng để tránh máy chủ giả mạo; "
                            + "hỏi quản trị Cổng TTĐT khóa đúng (ssh-keyscan). Trang đang chạy không thay đổi.", e);
                }
                throw new DeployException("Máy chủ " + config.host() + " từ chối đăng nhập của " + config.user()
                        + " bằng " + config.key() + ". Kiểm tra khóa công khai đã thêm vào authorized_keys, "
                        + "và máy chủ có trong known_hosts. Trang đang chạy không thay đổi.", e);
            }
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                return work.run(sftp);
            }
        } catch (DeployException e) {
            throw e;
        } catch (IOException e) {
            throw new DeployException("Mất kết nối hoặc lỗi khi ghi lên máy chủ " + config.host() + ": " + e.getMessage()
                    + ". Trang đang chạy không thay đổi; chạy lại lệnh deploy để đăng lại từ đầu.", e);
        } finally {
            client.stop();
        }
    }

    private String liveRelease(SftpClient sftp) throws IOException {
        try {
            String target = sftp.readLink(config.root() + "/" + CURRENT);
            return target.substring(target.lastIndexOf('/') + 1);
        } catch (SftpException e) {
            return null;
        }
    }

    private static Manifest readManifest(SftpClient sftp, String release) throws IOException {
        try (InputStream in = sftp.read(release + "/" + Manifest.FILE)) {
            return Manifest.read(in);
        } catch (SftpException e) {
            return new Manifest(Map.of());
        }
    }

    private static String uniqueName(SftpClient sftp, String releases, String wanted) throws IOException {
        String name = wanted;
        for (int n = 2; exists(sftp, releases + "/" + name); n++) {
            name = wanted + "-" + n;
        }
        return name;
    }

    static boolean exists(SftpClient sftp, String path) throws IOException {
        try {
            sftp.lstat(path);
            return true;
        } catch (SftpException e) {
            return false;
        }
    }

    /**
     * Hard-links {@code newPath} to {@code existing} on the server: {@code hardlink@openssh.com} (OpenSSH,
     * SFTP 3), else {@code SSH_FXP_LINK} (SFTP 6). False when the server can do neither, or refuses;
     * the caller then uploads the file again.
     */
    private static boolean link(SftpClient sftp, String existing, String newPath) {
        try {
            OpenSshHardLink openssh = new OpenSshHardLink(sftp);
            if (openssh.isSupported()) {
                openssh.link(existing, newPath);
            } else if (sftp.getVersion() >= SftpConstants.SFTP_V6) {
                sftp.link(newPath, existing, false);
            } else {
                return false;
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static long upload(SftpClient sftp, Path local, String remote) throws IOException {
        try (OutputStream out = sftp.write(remote); InputStream in = Files.newInputStream(local)) {
            return in.transferTo(out);
        }
    }

    private List<String> completeReleases(SftpClient sftp, String releases) throws IOException {
        List<String> out = new ArrayList<>();
        for (SftpClient.DirEntry e : sftp.readDir(releases)) {
            String n = e.getFilename();
            if (!n.startsWith(".") && exists(sftp, releases + "/" + n + "/" + COMPLETE)) {
                out.add(n);
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    private void removeIncomplete(SftpClient sftp, String releases, String live) throws IOException {
        for (SftpClient.DirEntry e : sftp.readDir(releases)) {
            String n = e.getFilename();
            if (!n.equals(".") && !n.equals("..") && !n.equals(live)
                    && !exists(sftp, releases + "/" + n + "/" + COMPLETE)) {
                removeTree(sftp, releases + "/" + n);
            }
        }
        // a run stopped between making the new link and renaming it leaves the link behind
        for (SftpClient.DirEntry e : sftp.readDir(config.root())) {
            if (e.getFilename().startsWith("." + CURRENT + "-")) {
                sftp.remove(config.root() + "/" + e.getFilename());
            }
        }
    }

    private int prune(SftpClient sftp, String releases, String live) throws IOException {
        List<String> complete = completeReleases(sftp, releases);
        int pruned = 0;
        for (int i = 0; i < complete.size() - config.keep(); i++) {
            if (!complete.get(i).equals(live)) {
                removeTree(sftp, releases + "/" + complete.get(i));
                pruned++;
            }
        }
        return pruned;
    }

    private static void removeTree(SftpClient sftp, String path) throws IOException {
        SftpClient.Attributes attrs = sftp.lstat(path);
        if (attrs.isDirectory()) {
            List<String> children = new ArrayList<>();
            for (SftpClient.DirEntry e : sftp.readDir(path)) {
                if (!e.getFilename().equals(".") && !e.getFilename().equals("..")) {
                    children.add(path + "/" + e.getFilename());
                }
            }
            for (String child : children) {
                removeTree(sftp, child);
            }
            sftp.rmdir(path);
        } else {
            sftp.remove(path);
        }
    }

    private static void mkdirs(SftpClient sftp, String path, Set<String> made) throws IOException {
        if (path.isEmpty() || made.contains(path)) {
            return;
        }
        if (!exists(sftp, path)) {
            mkdirs(sftp, parent(path), made);
            sftp.mkdir(path);
        }
        made.add(path);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "" : path.substring(0, slash);
    }

    /** A release name from the time, sortable: {@code 20251103-083000}. */
    public static String releaseName(LocalDateTime now) {
        return now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }
}
