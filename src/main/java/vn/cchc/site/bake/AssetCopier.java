package vn.cchc.site.bake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies {@code assets/} into the output, after the default theme's assets (CSS, script, images)
 * packaged in the jar, so a site can replace any of them by a file of the same name.
 */
public final class AssetCopier {
    /** Theme files packaged in the jar (see the resources in pom.xml). */
    static final List<String> DEFAULT_ASSETS = List.of("css/site.css", "css/print.css", "js/tim-kiem.js",
            "js/hom-nay.js", "anh/chia-se-mac-dinh.png", "anh/bieu-tuong.svg", "anh/bieu-trung-mac-dinh.svg");
    private static final String DEFAULT_ROOT = "/cchc-default/assets/";

    /** The site-relative paths of every asset file that will be in the output. */
    public Set<String> list(Path siteAssets) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String d : DEFAULT_ASSETS) {
            if (AssetCopier.class.getResource(DEFAULT_ROOT + d) != null) {
                out.add(d);
            }
        }
        out.addAll(siteFiles(siteAssets));
        return Collections.unmodifiableSet(out);
    }

    public void copy(Path siteAssets, Path target) throws IOException {
        for (String d : DEFAULT_ASSETS) {
            try (InputStream in = AssetCopier.class.getResourceAsStream(DEFAULT_ROOT + d)) {
                if (in != null) {
                    Path to = target.resolve(d);
                    Files.createDirectories(to.getParent());
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String rel : siteFiles(siteAssets)) {
            Path to = target.resolve(rel);
            Files.createDirectories(to.getParent());
            Files.copy(siteAssets.resolve(rel), to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> siteFiles(Path siteAssets) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(siteAssets)) {
            return out;
        }
        Files.walkFileTree(siteAssets, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!file.getFileName().toString().startsWith(".") && attrs.isRegularFile()) {
                    out.add(siteAssets.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(out);
        return out;
    }
}
