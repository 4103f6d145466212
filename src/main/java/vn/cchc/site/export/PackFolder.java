package vn.cchc.site.export;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of a pack: created when absent, emptied when it holds a previous pack (so items
 * pasted since then disappear from it), refused when it holds anything else or lies in the site's inputs.
 */
final class PackFolder {
    /** The mark of a pack's queue page, so an earlier pack can be told from someone's files. */
    static final String MARK = "<meta name=\"generator\" content=\"cchc-site export portal\">";

    private PackFolder() {
    }

    /**
     * @param siteRoot the site the pack is made from: the pack may not lie in its {@code content/},
     *                 {@code assets/} or {@code templates/} (it would be read or published with the site)
     */
    static void prepare(Path out, Path siteRoot) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        for (String input : List.of("content", "assets", "templates")) {
            if (abs.startsWith(siteRoot.toAbsolutePath().normalize().resolve(input))) {
                throw new IOException("thư mục " + out + " nằm trong " + input + "/ của trang, gói bài sẽ bị đăng "
                        + "hoặc đọc cùng trang; chọn thư mục ngoài " + input + "/, ví dụ --out goi-bai");
            }
        }
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
