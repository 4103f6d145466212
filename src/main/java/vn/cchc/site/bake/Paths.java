package vn.cchc.site.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Site paths. Pages use folder-style URLs ({@code tin-tuc/abc/} is written as
 * {@code tin-tuc/abc/index.html}); links between pages are relative, so the same output works at
 * the portal's root, under a sub-path, or opened from disk.
 */
public final class Paths {
    private Paths() {
    }

    /** The prefix that leads from the page at {@code path} back to the site root: {@code ../../}. */
    public static String rootOf(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The file a page path is written to: {@code tin-tuc/abc/} becomes {@code tin-tuc/abc/index.html}. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** The text of the page at {@code page} written into {@code dir}, or null when there is none. */
    static String read(Path dir, String page) {
        try {
            return Files.readString(dir.resolve(file(page)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
