package vn.cchc.site.content;

import vn.cchc.site.check.Problem;
import vn.cchc.site.config.SiteConfig;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks front matter against its type's schema and builds the {@link Item}. Every problem found
 * is reported (not only the first), each with the line of the offending field.
 */
public final class ItemParser {
    /** Số ký hiệu: {@code 30/KH-UBND}, {@code 42/2022/NĐ-CP}, {@code 2231/SNV-CCHC&PC}, {@code 57-NQ/TW}. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "\\d{1,6}(?:/\\d{4})?(?:-[A-ZĐ]{1,10})?/[A-ZĐ][A-ZĐ0-9]*(?:[-&.][A-ZĐ0-9]+)*");
    /** Mã TTHC: {@code 1.001193} or {@code 1.001193.000.00.00.H31}. */
    static final Pattern PROCEDURE_CODE = Pattern.compile("\\d\\.\\d{6}(?:\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.H\\d{2})?");
    /** Mã quy trình ISO: {@code QT-01}, {@code QT-05.HT}. */
    static final Pattern PROCESS_CODE = Pattern.compile("QT-\\d{1,5}(?:[-.][A-Z0-9]+)*");

    static final List<String> ONLINE = List.of("toan-trinh", "mot-phan", "khong");
    static final List<String> CHANGE = List.of("moi", "sua-doi", "bai-bo");
    static final List<String> STATUS = List.of("published", "draft");
    static final int LONG_TITLE = 150;

    /** Fields every type accepts, in a fixed order (suggestions must not depend on hash order). */
    private static final List<String> COMMON = List.of("title", "type", "date", "status", "pillars", "tags", "author",
            "channels", "summary", "slug", "image", "image_alt");
    private static final Map<ContentType, List<String>> EXTRA = Map.of(
            ContentType.VAN_BAN, List.of("number", "issued", "issuer", "effective", "attachment"),
            ContentType.THU_TUC, List.of("code", "field", "level", "processing_time", "fee", "online", "change",
                    "decision", "dvc_url"),
            ContentType.QUY_TRINH, List.of("code", "revision", "effective", "procedure"));

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
        Reader r = new Reader(file, fm, problems);
        ContentType type = r.type();
        String title = r.required("title", "Tiêu đề (title)");
        if (title != null && title.length() > LONG_TITLE) {
            problems.add(Problem.warning(file, fm.field("title").line(), "Tiêu đề dài " + title.length()
                    + " ký tự (nên dưới " + LONG_TITLE + "); người đọc trên điện thoại khó theo dõi."));
        }
        Status status = r.status();
        LocalDateTime date = type == ContentType.TRANG ? r.optionalDateTime("date") : r.requiredDateTime("date");
        List<String> pillars = r.vocabulary("pillars", config.pillars().keys(), "chuyên đề (pillar)");
        List<String> channels = r.vocabulary("channels", config.channels().keys(), "kênh đăng (channel)");
        if (channels.isEmpty() && fm.field("channels") == null) {
            channels = List.of("cong-ttdt");
        }
        List<String> tags = r.list("tags");
        String author = r.optional("author");
        String summary = r.optional("summary");
        String slug = fileSlug;
        RawField slugField = fm.field("slug");
        if (slugField != null && !slugField.values().isEmpty()) {
            slug = Slugs.slugify(slugField.values().get(0));
        }
        if (slug.isEmpty()) {
            problems.add(Problem.error(file, 1, "Không tạo được đường dẫn (slug) từ tên tệp. Đặt tên tệp bằng chữ, "
                    + "ví dụ 'hoi-thi-cchc-2025.md', hoặc thêm trường slug."));
        }
        if (type != null && type.counted() && pillars.isEmpty() && fm.field("pillars") == null) {
            problems.add(Problem.warning(file, fm.headerEnd(), "Chưa gắn chuyên đề (pillars); bài sẽ không xuất hiện "
                    + "trong trang chuyên đề và thống kê theo chuyên đề."));
        }
        Details details = type == null ? new Details.None() : details(type, r);
        boolean documentOnly = details instanceof Details.VanBan vb && vb.attachment() != null;
        if (type != null && status == Status.PUBLISHED && fm.body().isBlank() && !documentOnly) {
            problems.add(Problem.error(file, fm.headerEnd(), "Bài chưa có nội dung: sau dòng '---' đóng phần đầu không "
                    + "có chữ nào, trang đăng lên sẽ trống. Viết nội dung bài bên dưới dòng này, hoặc ghi 'status: draft' "
                    + "nếu bài chưa xong."));
            r.failed = true;
        }
        r.unknownFields(type);
        if (r.failed || type == null || title == null || slug.isEmpty()) {
            return Optional.empty();
        }
        String path = type.section().itemPath(slug);
        String image = r.optional("image");
        if (image.startsWith("/")) {
            image = image.substring(1);
        }
        if (image.startsWith("assets/")) {
            image = image.substring("assets/".length());
        }
        return Optional.of(new Item(file, type, title.strip(), date, status, pillars, tags, author, channels, summary,
                slug, path, details, fm.body(), fm.bodyLine(), image, r.optional("image_alt")));
    }

    private Details details(ContentType type, Reader r) {
        switch (type) {
            case VAN_BAN: {
                String number = r.required("number", "Số ký hiệu (number)");
                if (number != null && !DOCUMENT_NUMBER.matcher(number).matches()) {
                    String upper = number.toUpperCase(java.util.Locale.ROOT);
                    r.error("number", "Số ký hiệu \"" + number + "\" không đúng dạng. Viết như 30/KH-UBND, "
                            + "42/2022/NĐ-CP hoặc 2231/SNV-CCHC&PC"
                            + (DOCUMENT_NUMBER.matcher(upper).matches() ? " (viết hoa: " + upper + ")" : "") + ".");
                }
                LocalDate issued = r.requiredDate("issued");
                String issuer = r.required("issuer", "Cơ quan ban hành (issuer)");
                LocalDate effective = r.optionalDate("effective");
                String attachment = r.optional("attachment");
                return new Details.VanBan(number, issued, issuer, effective, attachment.isEmpty() ? null : attachment,
                        r.line("attachment"));
            }
            case THU_TUC: {
                String code = r.required("code", "Mã thủ tục (code)");
                if (code != null && !PROCEDURE_CODE.matcher(code).matches()) {
                    r.error("code", "Mã TTHC \"" + code + "\" không đúng dạng. Viết như 1.001193 hoặc "
                            + "1.001193.000.00.00.H31 (lấy trên Cổng Dịch vụ công quốc gia).");
                }
                String field = r.required("field", "Lĩnh vực (field)");
                String level = r.required("level", "Cấp thực hiện (level)");
                String time = r.required("processing_time", "Thời hạn giải quyết (processing_time)");
                String fee = r.required("fee", "Phí, lệ phí (fee; ghi 'Không' nếu miễn phí)");
                String online = r.choice("online", ONLINE, "mức độ trực tuyến");
                String change = r.choice("change", CHANGE, "tình trạng (mới/sửa đổi/bãi bỏ)");
                String decision = r.optional("decision");
                String dvc = r.optional("dvc_url");
                if (!dvc.isEmpty() && !dvc.matches("https?://[^\\s]+")) {
                    r.error("dvc_url", "dvc_url phải là địa chỉ web bắt đầu bằng https:// .");
                }
                return new Details.ThuTuc(code, field, level, time, fee, online, change,
                        decision.isEmpty() ? null : decision, dvc.isEmpty() ? null : dvc);
            }
            case QUY_TRINH: {
                String code = r.required("code", "Mã quy trình (code)");
                if (code != null && !PROCESS_CODE.matcher(code).matches()) {
                    r.error("code", "Mã quy trình \"" + code + "\" không đúng dạng. Viết như QT-01.");
                }
                int revision = r.positiveInt("revision");
                LocalDate effective = r.requiredDate("effective");
                String procedure = r.optional("procedure");
                if (!procedure.isEmpty() && !PROCEDURE_CODE.matcher(procedure).matches()) {
                    r.error("procedure", "procedure phải là mã TTHC như 1.001193 (mã của thủ tục mà quy trình thực hiện).");
                }
                return new Details.QuyTrinh(code, revision, effective, procedure.isEmpty() ? null : procedure);
            }
            default:
                return new Details.None();
        }
    }

    /** Reads typed values from front matter, recording problems with their lines. */
    private static final class Reader {
        private final String file;
        private final FrontMatter fm;
        private final List<Problem> problems;
        private boolean failed;

        Reader(String file, FrontMatter fm, List<Problem> problems) {
            this.file = file;
            this.fm = fm;
            this.problems = problems;
        }

        void error(String key, String message) {
            RawField f = fm.field(key);
            problems.add(Problem.error(file, f == null ? fm.headerEnd() : f.line(), message));
            failed = true;
        }

        private void missing(String key, String what) {
            problems.add(Problem.error(file, fm.headerEnd(), "Thiếu " + what + ". Thêm dòng '" + key
                    + ": ...' vào phần đầu."));
            failed = true;
        }

        ContentType type() {
            RawField f = fm.field("type");
            if (f == null || scalar(f).isEmpty()) {
                missing("type", "loại nội dung (type: " + String.join(" | ", ContentType.keys()) + ")");
                return null;
            }
            String value = scalar(f);
            Optional<ContentType> type = ContentType.byKey(value);
            if (type.isEmpty()) {
                error("type", "Loại nội dung '" + value + "' không tồn tại." + Suggestions.hint(value, ContentType.keys())
                        + " Các loại hợp lệ: " + String.join(", ", ContentType.keys()) + ".");
                return null;
            }
            return type.get();
        }

        Status status() {
            RawField f = fm.field("status");
            if (f == null) {
                return Status.PUBLISHED;
            }
            String v = scalar(f);
            if (v.equals("draft")) {
                return Status.DRAFT;
            }
            if (!v.equals("published")) {
                error("status", "Trạng thái '" + v + "' không hợp lệ; viết 'published' (đăng) hoặc 'draft' (bản nháp)."
                        + Suggestions.hint(v, STATUS));
                return Status.DRAFT;
            }
            return Status.PUBLISHED;
        }

        String scalar(RawField f) {
            if (f.isList()) {
                error(f.key(), "Trường '" + f.key() + "' chỉ nhận một giá trị, không phải danh sách.");
                return "";
            }
            return f.scalar() == null ? "" : f.scalar().strip();
        }

        String required(String key, String what) {
            RawField f = fm.field(key);
            if (f == null || (!f.isList() && scalar(f).isEmpty())) {
                missing(key, what);
                return null;
            }
            String v = scalar(f);
            return v.isEmpty() ? null : v;
        }

        /** Line of the field {@code key}, or 0 when it is absent. */
        int line(String key) {
            RawField f = fm.field(key);
            return f == null ? 0 : f.line();
        }

        String optional(String key) {
            RawField f = fm.field(key);
            return f == null ? "" : scalar(f);
        }

        String choice(String key, List<String> allowed, String what) {
            String v = required(key, what + " (" + key + ": " + String.join(" | ", allowed) + ")");
            if (v != null && !allowed.contains(v)) {
                error(key, "Giá trị '" + v + "' của " + key + " không hợp lệ; chọn một trong: "
                        + String.join(", ", allowed) + "." + Suggestions.hint(v, allowed));
            }
            return v;
        }

        int positiveInt(String key) {
            String v = required(key, "lần ban hành (" + key + ", số nguyên từ 1)");
            if (v == null) {
                return 0;
            }
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            error(key, key + " phải là số nguyên từ 1 trở lên (lần ban hành), không phải \"" + v + "\".");
            return 0;
        }

        LocalDateTime requiredDateTime(String key) {
            if (fm.field(key) == null) {
                missing(key, "ngày đăng (" + key + ", ví dụ 2025-11-03 08:30 hoặc 03/11/2025)");
                return null;
            }
            return optionalDateTime(key);
        }

        LocalDateTime optionalDateTime(String key) {
            RawField f = fm.field(key);
            if (f == null) {
                return null;
            }
            String v = scalar(f);
            if (v.isEmpty()) {
                missing(key, "ngày (" + key + ")");
                return null;
            }
            VnDates.Parsed parsed = VnDates.parse(v);
            if (!parsed.ok()) {
                error(key, key + ": " + parsed.error());
                return null;
            }
            return parsed.value();
        }

        LocalDate requiredDate(String key) {
            LocalDateTime d = requiredDateTime(key);
            return d == null ? null : d.toLocalDate();
        }

        LocalDate optionalDate(String key) {
            LocalDateTime d = optionalDateTime(key);
            return d == null ? null : d.toLocalDate();
        }

        List<String> list(String key) {
            RawField f = fm.field(key);
            if (f == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>(new LinkedHashSet<>(f.values().stream().map(String::strip).toList()));
            return List.copyOf(out);
        }

        List<String> vocabulary(String key, Set<String> allowed, String what) {
            List<String> values = list(key);
            for (String v : values) {
                if (!allowed.contains(v)) {
                    error(key, "Giá trị '" + v + "' không có trong danh sách " + what + "." + Suggestions.hint(v, allowed)
                            + " Các giá trị hợp lệ: " + String.join(", ", allowed) + " (cấu hình trong site.yml).");
                }
            }
            return values;
        }

        void unknownFields(ContentType type) {
            Set<String> known = new LinkedHashSet<>(COMMON);
            if (type != null) {
                known.addAll(EXTRA.getOrDefault(type, List.of()));
            }
            for (RawField f : fm.fields().values()) {
                if (!known.contains(f.key())) {
                    String hint = Suggestions.hint(f.key(), known);
                    problems.add(Problem.warning(file, f.line(), "Trường '" + f.key() + "' không dùng cho loại '"
                            + (type == null ? "?" : type.key()) + "' và sẽ bị bỏ qua." + hint));
                }
            }
        }
    }
}
