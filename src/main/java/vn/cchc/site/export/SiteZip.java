package vn.cchc.site.export;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import vn.cchc.site.deploy.SftpPublisher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * One reproducible ZIP of a built site, for an IT centre to install: entries sorted by path, every
 * entry with the same time (the build's now, Vietnam time, whatever the time zone of the machine)
 * and mode ({@code 0644}), no folders entries, and a {@value #MANIFEST} inside in {@code sha256sum}
 * format ({@code sha256sum -c SHA256SUMS} checks the unpacked site). The same site and time give
 * the same bytes. Files that are not published ({@link SftpPublisher#NOT_PUBLISHED}) are left out.
 */
public final class SiteZip {
    public static final String MANIFEST = "SHA256SUMS";
    private static final int FILE_MODE = 0100644;

    private SiteZip() {
    }

    /**
     * Writes {@code site} (a built output folder) to {@code zip}.
     *
     * @param time the time every entry carries, in Vietnam time
     * @return the number of files of the site in the archive (the manifest not counted)
     */
    public static int write(Path site, Path zip, LocalDateTime time) throws IOException {
        List<String> paths;
        try (Stream<Path> s = Files.walk(site)) {
            paths = s.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(MANIFEST) && !SftpPublisher.NOT_PUBLISHED.contains(p)).sorted().toList();
        }
        StringBuilder manifest = new StringBuilder();
        Path parent = zip.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long millis = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (OutputStream file = Files.newOutputStream(zip);
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            out.setEncoding("UTF-8");
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (String path : paths) {
                byte[] bytes = Files.readAllBytes(site.resolve(path));
                manifest.append(sha256(bytes)).append("  ").append(path).append('\n');
                put(out, path, bytes, millis);
            }
            put(out, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8), millis);
        }
        return paths.size();
    }

    private static void put(ZipArchiveOutputStream out, String path, byte[] bytes, long millis) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(path);
        // DOS time holds local fields: millis were made from the Vietnam wall clock in this JVM's zone
        entry.setTime(millis);
        entry.setUnixMode(FILE_MODE);
        out.putArchiveEntry(entry);
        out.write(bytes);
        out.closeArchiveEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
