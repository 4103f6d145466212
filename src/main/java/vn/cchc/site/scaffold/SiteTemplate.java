package vn.cchc.site.scaffold;

import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.VietnameseText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A new site repository, as {@code init} writes it: the files listed in {@code site/files.txt} beside
 * this class (settings, starter pages, the pipelines and the editors' guide), with their placeholders
 * filled, and one draft example of each dated content type made by {@link Scaffolder}, so examples
 * always follow the archetypes.
 */
public final class SiteTemplate {
    private static final String ROOT = "site/";
    /** Written when present in the jar: the tool's top-level guide, packaged by the build. */
    private static final String OPTIONAL = "HUONG-DAN.md";

    /**
     * What the new site is for and which release builds it.
     *
     * @param toolSha256 SHA-256 of the release at {@code toolUrl}; empty when it could not be computed
     */
    public record Settings(String ward, String city, String version, String toolUrl, String toolSha256,
                           LocalDateTime now) {
    }

    /** Writes the site into {@code dir} (which must be empty or absent) and returns the files written, relative to it. */
    public List<Path> write(Path dir, Settings settings) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (String line : resource("files.txt").orElseThrow().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split(" ");
            var text = resource(parts[0]);
            if (text.isEmpty() && parts[0].equals(OPTIONAL)) {
                continue;
            }
            Path file = dir.resolve(parts[1]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, fill(text.orElseThrow(() -> new IOException("missing template " + parts[0])), settings),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            if (file.toString().endsWith(".sh")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            written.add(dir.relativize(file));
        }
        Scaffolder scaffolder = new Scaffolder();
        for (ContentType type : ContentType.values()) {
            if (type.counted()) {
                written.add(dir.relativize(scaffolder.create(dir, type, type.label() + " mẫu", settings.now())));
            }
        }
        return written;
    }

    private static String fill(String text, Settings s) {
        Map<String, String> values = Map.of("ward", yaml(s.ward()), "ward_lower", yaml(VietnameseText.inSentence(s.ward())),
                "city", yaml(s.city()), "year", String.valueOf(s.now().getYear()), "version", s.version(),
                "tool_url", s.toolUrl(), "tool_sha256", s.toolSha256());
        String out = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        return out;
    }

    /** Safe inside a double-quoted YAML string and a Markdown paragraph. */
    private static String yaml(String value) {
        return value.strip().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static java.util.Optional<String> resource(String name) throws IOException {
        try (InputStream in = SiteTemplate.class.getResourceAsStream(ROOT + name)) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
