package vn.cchc.site.export;

import vn.cchc.site.bake.ViewFactory;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.Item;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code export portal}: the paste pack. One folder per item readers can see that is not yet on the
 * ward's portal (no {@code portal_url}), named by its slug, holding what the portal's form asks for,
 * ready to copy, plus the files to upload; and an {@code index.html} queue of all of them.
 */
public final class PortalPack {
    static final String BODY = "noi-dung.html";
    static final String TITLE = "tieu-de.txt";
    static final String SUMMARY = "tom-tat.txt";
    static final String CATEGORY = "chuyen-muc.txt";
    static final String INFO = "thong-tin.txt";
    private static final Set<String> RESERVED = Set.of(BODY, TITLE, SUMMARY, CATEGORY, INFO);
    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final SiteConfig config;
    private final Path siteRoot;

    public PortalPack(SiteConfig config, Path siteRoot) {
        this.config = config;
        this.siteRoot = siteRoot;
    }

    /** The items to paste, oldest first: visible at {@code now} and without a {@code portal_url}. */
    public static List<Item> queue(List<Item> items, LocalDateTime now) {
        return items.stream().filter(i -> i.visibleAt(now) && !i.onPortal())
                .sorted(Comparator.comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Item::file))
                .toList();
    }

    /**
     * Writes the pack of {@code queue} into {@code out}, replacing a previous pack there.
     *
     * @param site the built site: each item's text is taken from its page, so what is pasted is what
     *             readers see (the facts of a document, procedure or process, then the body)
     * @return the entries written, in queue order
     */
    public List<PackEntry> write(List<Item> queue, Path site, Path out) throws IOException {
        PackFolder.prepare(out, siteRoot);
        List<PackEntry> entries = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        for (Item item : queue) {
            entries.add(writeItem(item, site, out, unique(item.slug(), folders)));
        }
        Files.writeString(out.resolve("index.html"), new QueuePage(config).render(entries), StandardCharsets.UTF_8);
        return entries;
    }

    private PackEntry writeItem(Item item, Path site, Path out, String folderName) throws IOException {
        Path folder = out.resolve(folderName);
        Files.createDirectories(folder);
        AssetRefs refs = new AssetRefs(config.baseUrl(), siteRoot.resolve("assets"), folder, RESERVED);
        String pageUrl = config.absolute(item.path());
        ArticleText article = ArticleText.of(site.resolve(item.path()).resolve("index.html"));
        String html = PasteHtml.of(article.html(), pageUrl, refs);
        String cover = item.image().isEmpty() ? null : refs.copy(item.image());
        String summary = ViewFactory.summary(item, article.bodyText());
        String category = config.portal().category(item.type().key(), config.title());
        String date = item.date() == null ? "" : item.date().format(FORM_DATE);
        String author = item.author().isBlank() ? config.ward() : item.author();
        write(folder.resolve(BODY), PasteHtml.document(item.title(), html));
        write(folder.resolve(TITLE), item.title() + "\n");
        write(folder.resolve(SUMMARY), summary + "\n");
        write(folder.resolve(CATEGORY), category + "\n");
        write(folder.resolve(INFO), info(item, date, author, category, pageUrl, cover));
        return new PackEntry(folderName, item.title(), summary, html, category, date, author, cover,
                List.copyOf(refs.files().values()), item.file(), pageUrl);
    }

    private String info(Item item, String date, String author, String category, String pageUrl, String cover) {
        StringBuilder s = new StringBuilder();
        s.append("Tiêu đề: ").append(item.title()).append('\n');
        s.append("Chuyên mục: ").append(category).append('\n');
        s.append("Ngày đăng: ").append(date).append('\n');
        s.append("Tác giả: ").append(author).append('\n');
        if (cover != null) {
            s.append("Ảnh đại diện: ").append(cover).append('\n');
        }
        s.append("Bài trên chuyên mục: ").append(pageUrl).append('\n');
        s.append('\n').append("Sau khi đăng trên Cổng TTĐT, mở tệp ").append(item.file())
                .append(" và thêm dòng 'portal_url: <địa chỉ bài trên cổng>' vào phần đầu.\n");
        return s.toString();
    }

    private static String unique(String slug, Set<String> used) {
        String name = slug;
        for (int n = 2; !used.add(name); n++) {
            name = slug + "-" + n;
        }
        return name;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
