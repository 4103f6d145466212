package vn.cchc.site.scaffold;

import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Slugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a new content file from an archetype, like Hugo's {@code hugo new}: the site's
 * {@code archetypes/<type>.md} if it has one, else the default generated from the type's schema
 * ({@link Archetypes}). Placeholders:
 * {@code {{title}}}, {@code {{type}}}, {@code {{date}}} ({@code yyyy-MM-dd HH:mm}) and {@code {{day}}}.
 */
public final class Scaffolder {
    /** Where files of each type go under {@code content/}: the schema's folder, by year when it says so. */
    public static String folder(ContentType type, LocalDateTime now) {
        return type.schema().folder() + (type.schema().yearly() ? "/" + now.getYear() : "");
    }

    /**
     * Creates the file and returns its path.
     *
     * @throws FileAlreadyExistsException when a file of that name exists (it is never overwritten)
     * @throws IllegalArgumentException   when the title gives no slug
     */
    public Path create(Path siteRoot, ContentType type, String title, LocalDateTime now) throws IOException {
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Tiêu đề phải có chữ hoặc số để đặt tên tệp.");
        }
        if (slug.length() > 80) {
            int cut = slug.lastIndexOf('-', 80);
            slug = slug.substring(0, cut > 20 ? cut : 80);
        }
        Path file = siteRoot.resolve("content").resolve(folder(type, now)).resolve(slug + ".md");
        String text = archetype(siteRoot, type)
                .replace("{{title}}", title.strip().replace("\\", "\\\\").replace("\"", "\\\""))
                .replace("{{type}}", type.key())
                .replace("{{date}}", now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .replace("{{day}}", now.toLocalDate().toString());
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    private static String archetype(Path siteRoot, ContentType type) throws IOException {
        Path own = siteRoot.resolve("archetypes").resolve(type.key() + ".md");
        if (Files.isRegularFile(own)) {
            return Files.readString(own, StandardCharsets.UTF_8);
        }
        return Archetypes.of(type.schema());
    }
}
