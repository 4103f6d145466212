package vn.cchc.site.content;

import vn.cchc.site.core.IoErrors;
import vn.cchc.site.core.Problem;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks a folder of the site ({@code content/}, {@code assets/}, {@code templates/}) the one way
 * every reader of site files does: hidden names are skipped, symbolic links are followed only
 * while they stay inside the site root. A link that leads outside it (to {@code /etc}, a home
 * folder, another repository), a dangling link and a link loop are errors naming the link, and
 * nothing behind them is listed or read.
 */
public final class SiteTreeWalker {
    private final Path siteRoot;

    public SiteTreeWalker(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /** Path of {@code file} as editors see it: relative to the site root, with '/' separators. */
    public String display(Path file) {
        Path rel = file.isAbsolute() && file.startsWith(siteRoot.toAbsolutePath())
                ? siteRoot.toAbsolutePath().relativize(file) : siteRoot.relativize(file);
        return rel.toString().replace('\\', '/');
    }

    /**
     * Gives {@code visitor} every regular, non-hidden file under {@code dir} (nothing when it does
     * not exist), and adds an error to {@code problems} for each link that may not be followed.
     */
    public void walk(Path dir, Consumer<Path> visitor, List<Problem> problems) {
        if (!Files.exists(dir) && !Files.isSymbolicLink(dir)) {
            return;
        }
        Path realRoot;
        try {
            realRoot = siteRoot.toRealPath();
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            if (d.getFileName().toString().startsWith(".") && !d.equals(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return staysInside(d, realRoot, problems) ? FileVisitResult.CONTINUE
                                    : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!file.getFileName().toString().startsWith(".") && staysInside(file, realRoot, problems)
                                    && attrs.isRegularFile()) {
                                visitor.accept(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(failure(file, e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(Problem.error(display(dir), 0, "Không duyệt được thư mục " + display(dir) + "/: "
                    + IoErrors.reason(e) + "."));
        }
    }

    /** Whether {@code path} is not a link, or a link whose target is inside the site root (else an error). */
    private boolean staysInside(Path path, Path realRoot, List<Problem> problems) {
        if (!Files.isSymbolicLink(path)) {
            return true;
        }
        try {
            if (path.toRealPath().startsWith(realRoot)) {
                return true;
            }
        } catch (IOException e) {
            problems.add(failure(path, e));
            return false;
        }
        problems.add(Problem.error(display(path), 0, "Liên kết (symlink) này trỏ ra ngoài thư mục của trang nên "
                + "không được đọc. Xóa liên kết và chép chính tệp hoặc thư mục vào trang."));
        return false;
    }

    private Problem failure(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return Problem.error(display(file), 0, "Liên kết thư mục (symlink) tạo thành vòng lặp; xóa liên kết này.");
        }
        if (e instanceof NoSuchFileException && Files.isSymbolicLink(file)) {
            return Problem.error(display(file), 0, "Liên kết (symlink) trỏ tới tệp không tồn tại; xóa liên kết này.");
        }
        return Problem.error(display(file), 0, "Không đọc được tệp: " + IoErrors.reason(e) + ".");
    }
}
