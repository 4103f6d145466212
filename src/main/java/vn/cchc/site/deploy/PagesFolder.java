package vn.cchc.site.deploy;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code deploy --target pages}: the folder GitLab Pages ({@code public/}) or GitHub Pages (the
 * artifact of {@code actions/upload-pages-artifact}) publishes, filled with a built site. Links
 * between pages are relative, so the site works under the project's path ({@code /cchc/}) as it is;
 * absolute addresses (feed, sitemap, canonical) come from {@code base_url}. The files SFTP does not
 * publish ({@link SftpPublisher#NOT_PUBLISHED}) are not copied.
 */
public final class PagesFolder {
    /** Files every built site has at its top: a folder holding them all is an earlier copy, replaced. */
    static final List<String> SITE_SHAPE = List.of("index.html", "404.html", "sitemap.xml", "rss.xml");

    private PagesFolder() {
    }

    /**
     * Copies {@code site} into {@code target}, replacing a previous copy there.
     *
     * @return the number of files copied
     * @throws DeployException when the site is not built, or {@code target} holds something else or
     *                         overlaps the site
     */
    public static int publish(Path site, Path target) throws IOException, DeployException {
        Path from = site.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from.resolve("index.html"))) {
            throw new DeployException(site + " chưa có trang web. Chạy build trước.");
        }
        if (from.startsWith(to) || to.startsWith(from)) {
            throw new DeployException("thư mục Pages " + target + " không được nằm trong hoặc chứa thư mục trang web "
                    + site + "; chọn --pages-dir khác (ví dụ public).");
        }
        if (Files.isDirectory(to) && !isEmpty(to)) {
            if (!SITE_SHAPE.stream().allMatch(f -> Files.isRegularFile(to.resolve(f)))) {
                throw new DeployException("thư mục " + target + " đã có tệp khác, không phải trang web đã tạo; "
                        + "xóa nó hoặc chọn --pages-dir khác.");
            }
            PathUtils.deleteDirectory(to);
        }
        Files.createDirectories(to);
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).filter(f -> !isPrivate(from.relativize(f))).sorted().toList();
        }
        for (Path f : files) {
            Path copy = to.resolve(from.relativize(f).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return files.size();
    }

    /** The build report and the output's marker stay with the pipeline, as with SFTP. */
    private static boolean isPrivate(Path relative) {
        return relative.getNameCount() == 1 && SftpPublisher.NOT_PUBLISHED.contains(relative.toString());
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
