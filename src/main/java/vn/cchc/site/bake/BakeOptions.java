package vn.cchc.site.bake;

import java.nio.file.Path;

/**
 * What to bake and how.
 *
 * @param source  site root holding {@code content/}, {@code templates/}, {@code assets/}, {@code site.yml}
 * @param output  folder the site is written to (replaced atomically)
 * @param time    the build's now
 * @param preview include drafts and scheduled items, marked (for {@code serve})
 * @param strict  warnings fail the build
 * @param threads worker threads for parsing and rendering
 */
public record BakeOptions(Path source, Path output, BuildTime time, boolean preview, boolean strict, int threads) {
}
