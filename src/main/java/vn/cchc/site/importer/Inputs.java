package vn.cchc.site.importer;

import vn.cchc.site.core.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The input files named on the command line: files as given, folders as their files of the wanted kinds. */
final class Inputs {
    private Inputs() {
    }

    /**
     * The files of {@code paths}, in order; a folder gives its files ending in one of
     * {@code extensions} (sorted, sub-folders included). A missing path is a problem.
     */
    static List<Path> expand(List<Path> paths, Set<String> extensions, List<Problem> problems) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> extensions.contains(extension(f))).sorted()
                            .forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.add(Problem.error(p.toString(), 0, "Không có tệp hoặc thư mục này. Kiểm tra lại đường dẫn."));
            }
        }
        return out;
    }

    /** The extension of a file, lower case, without the dot. */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
