package vn.cchc.site.bake;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the pixel size of images under {@code assets/} (PNG, JPEG, GIF, BMP) from their headers,
 * once per file and build, so pages can give every image its width and height and the layout
 * does not jump while a phone loads it.
 */
final class ImageSizes {
    /** Width and height in pixels. */
    record Size(int width, int height) {
    }

    private final Path assets;
    private final ConcurrentHashMap<String, Optional<Size>> known = new ConcurrentHashMap<>();

    ImageSizes(Path assets) {
        this.assets = assets.toAbsolutePath().normalize();
    }

    /** The size of the asset at the site-relative {@code path}, if it is a readable image. */
    Optional<Size> of(String path) {
        return known.computeIfAbsent(path, this::read);
    }

    private Optional<Size> read(String path) {
        Path file = assets.resolve(path).normalize();
        if (!file.startsWith(assets) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
