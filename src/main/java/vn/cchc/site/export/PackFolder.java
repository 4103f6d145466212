package vn.cchc.site.export;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of a pack: created when absent, emptied when it holds a previous pack (so items
 * pasted since then disappear from it), refused when it holds anything else.
 */
final class PackFolder {
    /** The mark of a pack's queue page, so an earlier pack can be told from someone's files. */
    static final String MARK = "<meta name=\"generator\" content=\"cchc-site export portal\">";

    private PackFolder() {
    }

    static void prepare(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            List<Path> children;
            try (Stream<Path> s = Files.list(out)) {
                children = s.toList();
            }
            Path index = out.resolve("index.html");
            if (!children.isEmpty() && !(Files.isRegularFile(index) && Files.readString(index).contains(MARK))) {
                throw new IOException("thư mục " + out + " đã có tệp khác; chọn một thư mục trống cho --out");
            }
            for (Path child : children) {
                PathUtils.delete(child);
            }
        }
        Files.createDirectories(out);
    }
}
