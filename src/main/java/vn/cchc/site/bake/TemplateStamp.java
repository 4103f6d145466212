package vn.cchc.site.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A fingerprint of a templates folder (names, sizes, modification times): when it changes, every
 * page of a warm rebuild is rendered again.
 */
record TemplateStamp(String value) {

    static TemplateStamp of(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new TemplateStamp("");
        }
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.append(folder.relativize(f)).append(':').append(Files.size(f)).append(':')
                        .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
            }
        } catch (IOException e) {
            out.append(System.nanoTime());
        }
        return new TemplateStamp(out.toString());
    }
}
