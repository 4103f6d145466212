package vn.cchc.site.importer;

import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.scaffold.Scaffolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code import tin}: items of an old column (RSS/Atom, saved pages) → {@code tin} or {@code bai}
 * files with their original date, the body as Markdown, {@code source_url} and {@code origin}. An
 * item whose {@code source_url} is already in the site is skipped. Every file is checked as a build
 * would read it before it is written. Afterwards the redirect maps of every imported item
 * ({@code redirects/nginx-redirects.conf}, {@code redirects/.htaccess}) are written again.
 */
public final class NewsImport {
    static final String REDIRECTS = "redirects";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Path siteRoot;
    private final SiteConfig config;

    public NewsImport(Path siteRoot, SiteConfig config) {
        this.siteRoot = siteRoot;
        this.config = config;
    }

    /**
     * @param origin  key of the old ward in {@code origins} of {@code site.yml}, or null
     * @param mapping the saved pages' mapping file, or null
     */
    public ImportResult run(List<String> sources, ContentType type, String origin, Path mapping, boolean dryRun)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        PageMapping pages = null;
        if (mapping != null) {
            pages = PageMapping.read(mapping, problems).orElse(null);
            if (pages == null) {
                return new ImportResult(List.of("Không nhập được: tệp ánh xạ có lỗi."), problems, false);
            }
        }
        List<Article> articles = new NewsSources(pages).read(sources, problems);
        if (articles.isEmpty()) {
            return new ImportResult(List.of("Không có tin, bài nào dùng được trong nguồn đã cho."), problems, false);
        }
        ExistingContent existing = ExistingContent.read(siteRoot);
        Plan plan = plan(articles, existing, type, origin, problems);
        List<String> lines = new ArrayList<>(PlannedWrite.apply(plan.writes, dryRun));
        if (!dryRun) {
            for (Map.Entry<Path, Path> c : plan.copies.entrySet()) {
                Files.createDirectories(c.getValue().getParent());
                Files.copy(c.getKey(), c.getValue(), StandardCopyOption.REPLACE_EXISTING);
            }
            writeRedirects(existing, plan.redirects);
        }
        if (!plan.redirects.isEmpty() && config.baseUrl().equals(SiteConfigLoader.defaults().baseUrl())) {
            problems.add(Problem.warning(SiteConfigLoader.FILE_NAME, 0, "Chưa khai báo base_url (địa chỉ công khai của "
                    + "chuyên mục) nên bảng chuyển hướng trỏ tới " + config.baseUrl() + ". Thêm base_url rồi chạy lại lệnh "
                    + "với cùng nguồn để ghi lại bảng."));
        }
        lines.add((dryRun ? "Chạy thử, chưa ghi tệp nào. " : "") + "Đọc " + articles.size() + " tin, bài; "
                + plan.writes.size() + (dryRun ? " sẽ nhập" : " đã nhập") + ", " + plan.skipped
                + " đã có (cùng source_url) nên bỏ qua"
                + (plan.copies.isEmpty() ? "" : ", " + plan.copies.size() + " ảnh chép vào assets/") + "."
                + (plan.writes.isEmpty() ? "" : " Các bài mới chưa gắn chuyên đề (pillars: []): gắn chuyên đề để bài "
                + "được thống kê theo chuyên đề."));
        return new ImportResult(lines, problems, true);
    }

    /** What an import will write: files, images to copy, redirects of the new items, items already there. */
    private static final class Plan {
        final List<PlannedWrite> writes = new ArrayList<>();
        final Map<Path, Path> copies = new LinkedHashMap<>();
        final Map<String, String> redirects = new LinkedHashMap<>();
        int skipped;
    }

    /** Converts and checks every article not yet in the site (by {@code source_url}). */
    private Plan plan(List<Article> articles, ExistingContent existing, ContentType type, String origin,
                      List<Problem> problems) {
        Set<String> known = new HashSet<>();
        existing.entries().forEach(e -> known.add(e.scalar("source_url")));
        MarkdownBody bodies = new MarkdownBody(siteRoot, "anh/nhap/" + (origin == null ? "tin" : origin));
        ContentCheck check = new ContentCheck(config);
        Plan plan = new Plan();
        for (Article a : articles) {
            if (!known.add(a.url())) {
                plan.skipped++;
                continue;
            }
            MarkdownBody.Converted body = bodies.convert(a);
            Path file = place(a, type, plan.writes);
            String text = text(a, type, origin, body);
            String display = display(file);
            ContentCheck.Result result = check.check(display, file, text);
            report(a, display, result, problems);
            if (result.ok()) {
                plan.writes.add(new PlannedWrite(file, text, "Đã nhập: " + display + " (" + a.url() + ")",
                        "Sẽ nhập: " + display + " (" + a.url() + ")"));
                plan.copies.putAll(body.copies());
                if (!result.item().isDraft()) {
                    plan.redirects.put(a.url(), config.absolute(result.item().path()));
                }
            }
        }
        return plan;
    }

    private Path place(Article a, ContentType type, List<PlannedWrite> writes) {
        Path file = Scaffolder.location(siteRoot, type, a.title(), a.date());
        Set<Path> taken = new HashSet<>(writes.stream().map(PlannedWrite::file).toList());
        for (int n = 2; Files.exists(file) || taken.contains(file); n++) {
            file = Scaffolder.location(siteRoot, type, a.title() + " " + n, a.date());
        }
        return file;
    }

    private static String text(Article a, ContentType type, String origin, MarkdownBody.Converted body) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", FrontMatterText.quote(a.title()));
        f.put("type", type.key());
        f.put("date", a.date().format(DATE));
        f.put("status", body.markdown().isBlank() ? "draft" : "published");
        f.put("pillars", "[]");
        f.put("source_url", FrontMatterText.quote(a.url()));
        if (origin != null) {
            f.put("origin", origin);
        }
        if (!body.leadImage().isEmpty()) {
            f.put("image", FrontMatterText.quote(body.leadImage()));
            f.put("image_alt", FrontMatterText.quote(a.title()));
        }
        return FrontMatterText.file(f, body.markdown());
    }

    private static void report(Article a, String display, ContentCheck.Result result, List<Problem> problems) {
        if (result.item() != null && result.item().isDraft()) {
            problems.add(Problem.warning(a.source(), a.line(), "Tin \"" + a.title() + "\" không có nội dung; ghi thành "
                    + "bản nháp (status: draft) ở " + display + "."));
        }
        for (Problem p : result.problems()) {
            String message = "Tin \"" + a.title() + "\" (" + display + "): " + p.message();
            problems.add(p.isError() ? Problem.error(a.source(), a.line(), message + " Tin không được nhập.")
                    : Problem.warning(a.source(), a.line(), message));
        }
    }

    /** Every imported item of the site, old and new, in both forms. */
    private void writeRedirects(ExistingContent existing, Map<String, String> added) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        for (ExistingContent.Entry e : existing.entries()) {
            String url = e.scalar("source_url");
            if (!url.isEmpty() && !e.scalar("status").equals("draft")) {
                e.pagePath().ifPresent(p -> all.put(url, config.absolute(p)));
            }
        }
        all.putAll(added);
        if (all.isEmpty()) {
            return;
        }
        Path dir = siteRoot.resolve(REDIRECTS);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("nginx-redirects.conf"), RedirectMap.nginx(all), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".htaccess"), RedirectMap.htaccess(all), StandardCharsets.UTF_8);
    }

    private String display(Path file) {
        return siteRoot.relativize(file).toString().replace('\\', '/');
    }
}
