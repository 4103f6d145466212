package vn.cchc.site.dist;

import com.sun.net.httpserver.HttpServer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged release as a ward's officer gets it: the zip made by {@code mvn package}, unpacked into a
 * folder, and the {@code .tar.gz} served over HTTP on 127.0.0.1 as a release page would serve it.
 */
final class Distribution implements AutoCloseable {
    static final Path ZIP = Path.of(System.getProperty("cchc.dist", "target/cchc-site-dev.zip"));
    static final String VERSION = System.getProperty("cchc.version", "dev");
    static final Path TAR_GZ = ZIP.resolveSibling(ZIP.getFileName().toString().replace(".zip", ".tar.gz"));

    final Path home;
    final Path work;
    final AtomicInteger downloads = new AtomicInteger();
    private final HttpServer http;

    record Result(int code, String out, String err) {
    }

    Distribution(Path work) throws IOException {
        this.work = work;
        this.home = unzip(ZIP, work.resolve("tool")).resolve("cchc-site-" + VERSION);
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/releases/" + TAR_GZ.getFileName(), ex -> {
            downloads.incrementAndGet();
            byte[] body = Files.readAllBytes(TAR_GZ);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        http.start();
    }

    /** Where the release's .tar.gz is served. */
    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/releases/" + TAR_GZ.getFileName();
    }

    Path launcher() {
        return home.resolve("bin/cchc-site");
    }

    /** The environment of every command: a home and a cache folder of the test's own. */
    Map<String, String> baseEnv() {
        return Map.of("HOME", work.resolve("home").toString(), "XDG_CACHE_HOME", work.resolve("cache").toString());
    }

    Result run(Path cwd, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(baseEnv());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + List.of(command));
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Unpacks a zip keeping the Unix modes the assembly recorded in it, as {@code unzip} does. */
    static Path unzip(Path zip, Path into) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
                Path target = into.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
                if ((e.getUnixMode() & 0100) != 0) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
                    perms.add(PosixFilePermission.OWNER_EXECUTE);
                    Files.setPosixFilePermissions(target, perms);
                }
            }
        }
        return into;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
