package vn.cchc.site.editor;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The only files the web editor may read or write: those under {@code content/} (entries) and
 * {@code assets/} (media) of the site. A path is a Decap path relative to the site root, with '/'
 * separators; one leading '/' means the site root, as in Decap's {@code media_folder}. Refused
 * with {@link ForbiddenPathException}: any other top folder, {@code .} or {@code ..} segments (also
 * percent-encoded), hidden names ({@code .git}), empty segments, backslashes, drive letters, control
 * characters, and symbolic links (anywhere on the way) whose target is not inside the same allowed
 * folder, dangling ones included.
 */
public final class EditorPaths {
    /** Top folders of the site the editor may touch. */
    public static final List<String> ALLOWED = List.of("content", "assets");

    private final Path root;

    public EditorPaths(Path siteRoot) {
        this.root = siteRoot.toAbsolutePath().normalize();
    }

    /** A path outside what the editor may touch. */
    public static final class ForbiddenPathException extends IOException {
        public ForbiddenPathException(String path) {
            super("Trình soạn bài chỉ được đọc, ghi trong content/ và assets/; đường dẫn bị từ chối: "
                    + printable(path));
        }
    }

    /** The file {@code path} names, after checking that the editor may touch it. */
    public Path resolve(String path) throws ForbiddenPathException {
        if (segments(path).size() < 2) {
            throw new ForbiddenPathException(path); // content/ or assets/ itself is not a file
        }
        return folder(path);
    }

    /** The folder {@code path} names ({@code content} and {@code assets} included), after the same checks. */
    public Path folder(String path) throws ForbiddenPathException {
        List<String> segments = segments(path);
        Path base = root.resolve(segments.get(0));
        Path file = base;
        for (String segment : segments.subList(1, segments.size())) {
            file = file.resolve(segment);
        }
        checkLinks(path, base, file);
        return file;
    }

    /** Whether {@code file} (a listed file) is a regular file that is not a symbolic link. */
    public static boolean plainFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static List<String> segments(String path) throws ForbiddenPathException {
        if (path == null || path.isEmpty() || path.startsWith("//")) {
            throw new ForbiddenPathException(path);
        }
        String rel = path.startsWith("/") ? path.substring(1) : path;
        List<String> segments = List.of(rel.split("/", -1));
        if (!ALLOWED.contains(segments.get(0))) {
            throw new ForbiddenPathException(path);
        }
        for (String segment : segments.subList(1, segments.size())) {
            if (!acceptable(segment) || !acceptable(decoded(segment, path))) {
                throw new ForbiddenPathException(path);
            }
        }
        return segments;
    }

    private static boolean acceptable(String segment) {
        if (segment.isEmpty() || segment.startsWith(".") || segment.indexOf('\\') >= 0 || segment.indexOf(':') >= 0) {
            return false;
        }
        return segment.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String decoded(String segment, String path) throws ForbiddenPathException {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ForbiddenPathException(path);
        }
    }

    /**
     * Every symbolic link from the allowed folder down to {@code file} (the folder itself included)
     * must lead inside that folder as it really is; a dangling link is refused, as writing through
     * it would create its target.
     */
    private void checkLinks(String path, Path base, Path file) throws ForbiddenPathException {
        Path realBase;
        try {
            realBase = Files.exists(base) ? base.toRealPath() : null;
            Path realRoot = root.toRealPath();
            if (realBase != null && !realBase.equals(realRoot.resolve(base.getFileName()))) {
                throw new ForbiddenPathException(path); // content/ or assets/ itself links elsewhere
            }
        } catch (IOException e) {
            throw new ForbiddenPathException(path);
        }
        Path p = base;
        for (Path part : base.relativize(file)) {
            p = p.resolve(part);
            if (Files.isSymbolicLink(p)) {
                try {
                    if (realBase == null || !p.toRealPath().startsWith(realBase)) {
                        throw new ForbiddenPathException(path);
                    }
                } catch (IOException e) {
                    throw new ForbiddenPathException(path);
                }
            } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return; // nothing further down exists yet: it will be created inside
            }
        }
    }

    private static String printable(String path) {
        if (path == null) {
            return "(không có)";
        }
        StringBuilder out = new StringBuilder();
        path.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return "\"" + out + "\"";
    }
}
