package vn.cchc.site.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of every file of a release, kept in the release as {@link #FILE}. Comparing the
 * manifest of the site to publish with the live one tells which files must be sent.
 *
 * @param files site-relative path → hex SHA-256
 */
public record Manifest(Map<String, String> files) {
    public static final String FILE = ".cchc-manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Manifest of(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = folder.relativize(file).toString().replace('\\', '/');
                if (!rel.equals(FILE)) {
                    files.put(rel, sha256(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new Manifest(files);
    }

    public static Manifest read(InputStream in) throws IOException {
        return new Manifest(new TreeMap<>(JSON.readValue(in, new TypeReference<Map<String, String>>() { })));
    }

    public byte[] bytes() throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(files);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
