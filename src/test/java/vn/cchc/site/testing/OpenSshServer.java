package vn.cchc.site.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Debian's OpenSSH server ({@code /usr/sbin/sshd} and its {@code sftp-server}) on a loopback port for
 * the current user, with a {@code known_hosts} file for its host key, as a ward's web server would
 * be reached. Tests using it are skipped where OpenSSH's server is not installed or cannot start.
 *
 * @param port       the port on 127.0.0.1
 * @param knownHosts a known_hosts file holding the server's key
 * @param www        a folder for the site, owned by the current user
 * @param sftpLog    sftp-server's log of requests
 */
public record OpenSshServer(Process sshd, int port, Path knownHosts, Path www, Path sftpLog) implements AutoCloseable {
    private static final Path SSHD = Path.of("/usr/sbin/sshd");

    /** A key pair made by OpenSSH's own ssh-keygen in {@code dir}: the private key file and the public key line. */
    public static String[] keygen(Path dir, String type, String name) throws Exception {
        Path file = dir.resolve(name);
        Process p = new ProcessBuilder("/usr/bin/ssh-keygen", "-q", "-t", type, "-N", "", "-C", "cchc", "-f",
                file.toString()).redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ssh-keygen failed");
        }
        return new String[] {file.toString(), Files.readString(dir.resolve(name + ".pub")).strip()};
    }

    /** Starts sshd in {@code dir} with {@code hostKey}, trusting {@code clientPublic}; the known_hosts file trusts {@code hostPublic}. */
    public static OpenSshServer start(Path dir, Path hostKey, String hostPublic, String clientPublic) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SSHD), "OpenSSH server not installed");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/lib/openssh/sftp-server")), "no sftp-server");
        Path authorized = dir.resolve("authorized_keys");
        Files.writeString(authorized, clientPublic + "\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + hostPublic + "\n");
        Path www = Files.createDirectories(dir.resolve("www"));
        Path sftpLog = dir.resolve("sftp-server.log");
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + hostKey, "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + authorized, "PasswordAuthentication no", "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password", "StrictModes no", "UsePAM no",
                // sshd runs the subsystem through the user's shell: its log of requests goes to a file
                "Subsystem sftp /usr/lib/openssh/sftp-server -e -l VERBOSE 2>>" + sftpLog, ""));
        Process sshd = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString()).redirectErrorStream(true).start();
        CompletableFuture<Boolean> listening = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader log = new BufferedReader(new InputStreamReader(sshd.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = log.readLine()) != null) {
                    if (line.contains("Server listening")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        boolean up;
        try {
            up = listening.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            up = false;
        }
        if (!up) {
            sshd.destroy();
        }
        Assumptions.assumeTrue(up, "sshd did not start here (needs /run/sshd and a usable account)");
        return new OpenSshServer(sshd, port, knownHosts, www, sftpLog);
    }

    @Override
    public void close() throws InterruptedException {
        sshd.destroy();
        sshd.waitFor(5, TimeUnit.SECONDS);
    }
}
