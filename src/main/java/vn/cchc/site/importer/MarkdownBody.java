package vn.cchc.site.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.cchc.site.content.Slugs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An old item's HTML body as Markdown (flexmark's HTML-to-Markdown converter). Links are made
 * absolute against the item's old address; images of a saved page that exist as local files are
 * copied under {@code assets/anh/nhap/<origin>/} and linked from there. Only the tags and attributes
 * of Jsoup's relaxed safelist reach the converter (no script, style, frame or form), and the
 * result still goes through the build's own sanitiser.
 */
final class MarkdownBody {
    /** ATX headings and '-' bullets, as editors write them; curly quotes and dashes kept as they are. */
    private final FlexmarkHtmlConverter converter = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.NBSP_TEXT, " ")).build();
    private final Path assets;
    private final String folder;

    /** @param folder assets-relative folder for copied images, e.g. {@code anh/nhap/phuong-a} */
    MarkdownBody(Path siteRoot, String folder) {
        this.assets = siteRoot.resolve("assets");
        this.folder = folder;
    }

    /**
     * @param markdown  the body
     * @param leadImage the lead image under {@code assets/} when it was a local file, else empty
     * @param copies    local image → its place under {@code assets/}
     */
    record Converted(String markdown, String leadImage, Map<Path, Path> copies) {
    }

    Converted convert(Article a) {
        Map<Path, Path> copies = new LinkedHashMap<>();
        Document doc = Jsoup.parseBodyFragment(a.html(), a.baseUri());
        for (Element img : doc.select("img[src]")) {
            String local = local(a, img.attr("src"), copies);
            img.attr("src", local.isEmpty() ? img.absUrl("src") : "/" + local);
        }
        for (Element link : doc.select("a[href]")) {
            String abs = link.absUrl("href");
            if (!abs.isEmpty()) {
                link.attr("href", abs);
            }
        }
        Safelist safelist = Safelist.relaxed().preserveRelativeLinks(true);
        Document clean = new Cleaner(safelist).clean(doc);
        clean.outputSettings().prettyPrint(false);
        String markdown = converter.convert(clean.body().html()).strip();
        String lead = a.image().isEmpty() ? "" : local(a, a.image(), copies);
        return new Converted(markdown, lead, copies);
    }

    /** The assets-relative path a local image of a saved page is copied to, or empty when it is not local. */
    private String local(Article a, String src, Map<Path, Path> copies) {
        if (a.folder() == null || src.isBlank() || src.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || src.startsWith("//")) {
            return "";
        }
        Path file;
        try {
            String path = java.net.URLDecoder.decode(src.replaceFirst("[?#].*$", ""), java.nio.charset.StandardCharsets.UTF_8);
            file = a.folder().resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (!Files.isRegularFile(file)) {
            return "";
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
        String base = Slugs.slugify(dot < 0 ? name : name.substring(0, dot));
        String relative = folder + "/" + (base.isEmpty() ? "anh" : base) + ext;
        copies.put(file, assets.resolve(relative));
        return relative;
    }
}
