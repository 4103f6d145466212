package vn.cchc.site.content;

import vn.cchc.site.core.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Which Markdown files {@code content/} holds: the full listing (through {@link SiteTreeWalker},
 * so links leaving the site are errors and never read), and the listing updated from a file
 * watcher's report without walking the folder again. The site's {@code assets/} and
 * {@code templates/} are walked with the full listing too, for their links.
 */
final class ContentFiles {
    private final Path siteRoot;
    private final SiteTreeWalker walker;

    ContentFiles(Path siteRoot, SiteTreeWalker walker) {
        this.siteRoot = siteRoot;
        this.walker = walker;
    }

    static boolean markdown(String name) {
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** Every Markdown file under {@code contentDir}, sorted; problems of the walk go to {@code problems}. */
    List<Path> list(Path contentDir, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        walker.walk(contentDir, file -> {
            if (markdown(file.getFileName().toString())) {
                files.add(file);
            } else {
                problems.add(Problem.warning(walker.display(file), 0, "Tệp không phải Markdown (.md) nên "
                        + "bị bỏ qua. Ảnh và tệp đính kèm đặt trong thư mục assets/."));
            }
        }, problems);
        for (String other : List.of("assets", "templates")) {
            walker.walk(siteRoot.resolve(other), file -> { }, problems);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /**
     * The changed Markdown files, as paths like the listing's, or null when a change needs the folder
     * listed again (a folder, a link, or a file that is not Markdown, was created, changed or deleted).
     */
    List<Path> changes(Path contentDir, FileChanges changes) {
        Path base = contentDir.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        for (Path file : changes.files()) {
            Path abs = file.toAbsolutePath().normalize();
            if (!abs.startsWith(base) || abs.equals(base)) {
                continue;
            }
            Path rel = base.relativize(abs);
            boolean hidden = false;
            for (Path part : rel) {
                hidden |= part.toString().startsWith(".");
            }
            if (hidden) {
                continue;
            }
            if (!markdown(abs.getFileName().toString()) || Files.isDirectory(abs) || Files.isSymbolicLink(abs)
                    || !inside(abs)) {
                return null;
            }
            out.add(contentDir.resolve(rel.toString()));
        }
        return out;
    }

    /** Whether {@code file}, if it exists, really lies inside the site (no link on its way leads out). */
    private boolean inside(Path file) {
        try {
            return !Files.exists(file) || file.toRealPath().startsWith(siteRoot.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The sorted listing with the changed files added (when they exist) or removed (when gone);
     * {@code forget} is told of each removed file.
     */
    static List<Path> update(List<Path> files, List<Path> changed, java.util.function.Consumer<Path> forget) {
        List<Path> out = new ArrayList<>(files);
        for (Path file : changed) {
            int at = Collections.binarySearch(out, file);
            if (Files.isRegularFile(file)) {
                if (at < 0) {
                    out.add(-at - 1, file);
                }
            } else {
                if (at >= 0) {
                    out.remove(at);
                }
                forget.accept(file);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
