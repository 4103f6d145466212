package vn.cchc.site.export;

import vn.cchc.site.content.Slugs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one item's folder in the paste pack: each site asset the item uses (images,
 * attachments) is copied once under a short ASCII name ({@code ke-hoach-30.pdf}). Images are then
 * referenced by that name; links stay absolute to the public column, so they work as soon as they
 * are pasted, and the attachment is in the folder for the officer to upload if the portal wants it.
 */
final class AssetRefs {
    private static final int NAME_CHARS = 40;
    private static final String DEFAULT_ASSETS = "/cchc-default/assets/";

    private final String baseUrl;
    private final Path siteAssets;
    private final Path folder;
    private final Map<String, String> copied = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();

    /**
     * @param baseUrl    public address of the column, ending in '/'
     * @param siteAssets the site's {@code assets/} folder
     * @param folder     the item's folder in the pack (created by the caller)
     */
    AssetRefs(String baseUrl, Path siteAssets, Path folder, Set<String> reserved) {
        this.baseUrl = baseUrl;
        this.siteAssets = siteAssets;
        this.folder = folder;
        names.addAll(reserved);
    }

    /** What a link to {@code absUrl} becomes: the same absolute address (copying it when it is a site file). */
    String link(String absUrl) {
        sitePath(absUrl).ifPresent(this::copy);
        return absUrl;
    }

    /** What an image at {@code absUrl} becomes: the name of its copy, or the address when it is not a site file. */
    String image(String absUrl) {
        return sitePath(absUrl).map(this::copy).orElse(absUrl);
    }

    /**
     * Copies the asset at site path {@code path} ({@code anh/a.jpg}) into the folder, once.
     *
     * @return its short name in the folder, or null when no such asset exists
     */
    String copy(String path) {
        if (copied.containsKey(path)) {
            return copied.get(path);
        }
        String name = unique(shortName(path));
        try (InputStream in = open(path)) {
            if (in == null) {
                return null;
            }
            Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.add(name);
        copied.put(path, name);
        return name;
    }

    /** Site path → name in the folder, in the order first used. */
    Map<String, String> files() {
        return new LinkedHashMap<>(copied);
    }

    private Optional<String> sitePath(String absUrl) {
        if (absUrl == null || !absUrl.startsWith(baseUrl)) {
            return Optional.empty();
        }
        String rest = absUrl.substring(baseUrl.length()).replaceAll("[?#].*$", "");
        if (rest.isEmpty() || rest.endsWith("/")) {
            return Optional.empty();
        }
        String path = URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        boolean exists = !path.contains("..") && (Files.isRegularFile(siteAssets.resolve(path))
                || AssetRefs.class.getResource(DEFAULT_ASSETS + path) != null);
        return exists ? Optional.of(path) : Optional.empty();
    }

    private InputStream open(String path) throws IOException {
        Path file = siteAssets.resolve(path);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        return AssetRefs.class.getResourceAsStream(DEFAULT_ASSETS + path);
    }

    /** {@code tep/Kế hoạch 30.PDF} → {@code ke-hoach-30.pdf}: ASCII, short, extension kept in lower case. */
    static String shortName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String ext = dot > 0 ? file.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") : "";
        String stem = Slugs.slugify(dot > 0 ? file.substring(0, dot) : file);
        if (stem.length() > NAME_CHARS) {
            stem = stem.substring(0, NAME_CHARS).replaceAll("-+$", "");
        }
        if (stem.isEmpty()) {
            stem = "tep";
        }
        return ext.isEmpty() ? stem : stem + "." + ext;
    }

    private String unique(String name) {
        if (!names.contains(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n + ext;
            if (!names.contains(candidate)) {
                return candidate;
            }
        }
    }
}
