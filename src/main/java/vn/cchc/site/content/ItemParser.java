package vn.cchc.site.content;

import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.schema.FieldKind;
import vn.cchc.site.content.schema.FieldSpec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks front matter against its type's schema and builds the {@link Item}. The per-field checks
 * come from the schema files (see {@link FieldReader}); the rules that relate fields or the body are
 * the named methods here. Every problem found is reported (not only the first), each with the line
 * of the offending field.
 */
public final class ItemParser {
    static final int LONG_TITLE = 150;

    private final SiteConfig config;

    public ItemParser(SiteConfig config) {
        this.config = config;
    }

    /**
     * Builds the item of {@code file}, or returns empty when it has errors (added to {@code problems}).
     *
     * @param file     path relative to the site root
     * @param fileSlug slug derived from the file name
     */
    public Optional<Item> parse(String file, String fileSlug, FrontMatter fm, List<Problem> problems) {
        FieldReader r = new FieldReader(file, fm, problems, config);
        ContentType type = type(r, fm);
        List<FieldSpec> specs = type == null ? ContentType.schemas().common() : type.schema().fields();
        FieldValues v = r.read(specs);
        String title = v.string("title");
        longTitle(file, fm, title, problems);
        Status status = "published".equals(v.string("status")) ? Status.PUBLISHED : Status.DRAFT;
        String slug = slug(file, fileSlug, fm, problems);
        List<String> pillars = v.list("pillars");
        if (type != null && type.counted() && pillars.isEmpty() && fm.field("pillars") == null) {
            problems.add(Problem.warning(file, fm.headerEnd(), "Chưa gắn chuyên đề (pillars); bài sẽ không xuất hiện "
                    + "trong trang chuyên đề, thống kê xếp bài vào mục “Chưa gắn chuyên đề”."));
        }
        Details details = type == null ? new Details.None() : Details.of(type, v, r.line("attachment"));
        emptyBody(r, fm, type, status, details);
        portalUrl(r, v.string("portal_url"));
        unknownFields(file, fm, type, specs, problems);
        if (r.failed() || type == null || title == null || slug.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Item(file, type, title.strip(), v.dateTime("date"), status, pillars,
                Tags.withPages(v.list("tags"), file, r.line("tags"), problems),
                v.string("author"), v.list("channels"), v.string("summary"), slug, type.section().itemPath(slug),
                details, fm.body(), fm.bodyLine(), assetPath(v.string("image")), v.string("image_alt"),
                v.string("portal_url"), v.string("source_url"),
                v.stringOrNull("origin") == null ? "" : v.string("origin")));
    }

    /** The {@code type} field, which chooses the schema of every other field. */
    private static ContentType type(FieldReader r, FrontMatter fm) {
        RawField f = fm.field("type");
        if (f == null || r.scalar(f).isEmpty()) {
            r.missing("type", "loại nội dung (type: " + String.join(" | ", ContentType.keys()) + ")");
            return null;
        }
        String value = r.scalar(f);
        Optional<ContentType> type = ContentType.byKey(value);
        if (type.isEmpty()) {
            r.error("type", "Loại nội dung '" + value + "' không tồn tại." + ContentType.hint(value)
                    + " Các loại hợp lệ: " + String.join(", ", ContentType.keys()) + ".");
            return null;
        }
        return type.get();
    }

    /** A title longer than {@link #LONG_TITLE} characters is hard to follow on a phone. */
    private static void longTitle(String file, FrontMatter fm, String title, List<Problem> problems) {
        if (title != null && title.length() > LONG_TITLE) {
            problems.add(Problem.warning(file, fm.field("title").line(), "Tiêu đề dài " + title.length()
                    + " ký tự (nên dưới " + LONG_TITLE + "); người đọc trên điện thoại khó theo dõi."));
        }
    }

    /** The {@code slug} field, else the file's slug; empty (an error) when neither gives letters. */
    private static String slug(String file, String fileSlug, FrontMatter fm, List<Problem> problems) {
        String slug = fileSlug;
        RawField slugField = fm.field("slug");
        if (slugField != null && !slugField.values().isEmpty()) {
            slug = Slugs.slugify(slugField.values().get(0));
            if (!Slugs.fits(slugField.values().get(0))) {
                problems.add(Problem.error(file, slugField.line(), "Trường slug quá dài (tối đa " + Slugs.MAX_LENGTH
                        + " ký tự sau khi bỏ dấu). Rút ngắn, ví dụ: slug: " + slug));
            }
        }
        if (slug.isEmpty()) {
            problems.add(Problem.error(file, 1, "Không tạo được đường dẫn (slug) từ tên tệp. Đặt tên tệp bằng chữ, "
                    + "ví dụ 'hoi-thi-cchc-2025.md', hoặc thêm trường slug."));
        }
        return slug;
    }

    /** A published item needs a body, unless it is a document published as its attachment or a record without a page. */
    private static void emptyBody(FieldReader r, FrontMatter fm, ContentType type, Status status, Details details) {
        boolean documentOnly = details instanceof Details.VanBan vb && vb.attachment() != null;
        if (type != null && type.published() && status == Status.PUBLISHED && fm.body().isBlank() && !documentOnly) {
            r.errorAtEnd("Bài chưa có nội dung: sau dòng '---' đóng phần đầu không "
                    + "có chữ nào, trang đăng lên sẽ trống. Viết nội dung bài bên dưới dòng này, hoặc ghi 'status: draft' "
                    + "nếu bài chưa xong.");
        }
    }

    /** The address of the pasted copy must be on the ward's portal, as {@code site.yml} names it. */
    private void portalUrl(FieldReader r, String url) {
        if (url == null || url.isEmpty() || !url.matches(FieldKind.URL_PATTERN)) {
            return; // absent, or already reported by the field's own check
        }
        if (!config.portal().configured()) {
            r.error("portal_url", "Chưa biết Cổng TTĐT của phường nên không kiểm tra được portal_url. Thêm vào site.yml: "
                    + "'portal: {host: <tên miền cổng>}', ví dụ 'portal: {host: lechan.haiphong.gov.vn}'.");
        } else if (!config.portal().owns(url)) {
            r.error("portal_url", "portal_url \"" + url + "\" không thuộc Cổng TTĐT của phường (" + config.portal().host()
                    + "). Dán địa chỉ của bài trên cổng, bắt đầu bằng https://" + config.portal().host() + "/.");
        }
    }

    /** Fields the type does not declare are ignored, with a warning naming the closest declared one. */
    private static void unknownFields(String file, FrontMatter fm, ContentType type, List<FieldSpec> specs,
                                      List<Problem> problems) {
        Set<String> known = new LinkedHashSet<>();
        specs.forEach(s -> known.add(s.name()));
        for (RawField f : fm.fields().values()) {
            if (!known.contains(f.key())) {
                problems.add(Problem.warning(file, f.line(), "Trường '" + f.key() + "' không dùng cho loại '"
                        + (type == null ? "?" : type.key()) + "' và sẽ bị bỏ qua." + Suggestions.hint(f.key(), known)));
            }
        }
    }

    /** An asset path as written ({@code /assets/anh/a.jpg}) relative to {@code assets/} ({@code anh/a.jpg}). */
    private static String assetPath(String written) {
        String image = written == null ? "" : written;
        if (image.startsWith("/")) {
            image = image.substring(1);
        }
        return image.startsWith("assets/") ? image.substring("assets/".length()) : image;
    }
}
