package vn.cchc.site.editor;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.config.Vocabulary;
import vn.cchc.site.content.ContentType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code config.yml} of the Decap CMS web editor, generated from the content model, so every
 * type gets a form with the right widgets: date pickers, pillar and channel choices from
 * {@code site.yml}, the procedure and ISO fields, and the body (with the ISO step table) as Markdown.
 */
public final class DecapConfig {
    static final String DATE_FORMAT = "YYYY-MM-DD HH:mm";

    private final SiteConfig site;
    private final Map<String, Object> backend;

    /**
     * @param backend the {@code editor.backend} of {@code site.yml} (Decap's backend settings), or
     *                empty for the default ({@code git-gateway} on {@code main})
     */
    public DecapConfig(SiteConfig site, Map<String, Object> backend) {
        this.site = site;
        this.backend = backend;
    }

    /** The YAML text; {@code localBackend} is the URL of {@code serve --editor}'s API, or null. */
    public String yaml(String localBackend) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("backend", backend.isEmpty() ? ordered("name", "git-gateway", "branch", "main") : backend);
        if (localBackend != null) {
            root.put("local_backend", ordered("url", localBackend));
        }
        root.put("locale", "vi");
        // URLs are ASCII slugs from the Vietnamese title, as everywhere in the site (đ → d)
        root.put("slug", ordered("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-"));
        root.put("site_url", site.baseUrl());
        root.put("media_folder", "assets/anh");
        root.put("public_folder", "/anh");
        List<Object> collections = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            collections.add(collection(type));
        }
        root.put("collections", collections);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        return "# Sinh tự động từ mô hình nội dung của cchc-site; sửa site.yml (mục editor) thay vì tệp này.\n"
                + new Yaml(options).dump(root);
    }

    private Map<String, Object> collection(ContentType type) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", type.key());
        c.put("label", type == ContentType.BAI ? "Bài viết" : type.label());
        c.put("label_singular", type.label());
        c.put("folder", "content/" + folder(type));
        if (type == ContentType.TIN || type == ContentType.BAI) {
            c.put("path", "{{year}}/{{slug}}");
        }
        c.put("filter", ordered("field", "type", "value", type.key()));
        c.put("create", true);
        c.put("slug", "{{slug}}");
        c.put("extension", "md");
        c.put("format", "frontmatter");
        c.put("summary", "{{title}}");
        List<Object> fields = new ArrayList<>();
        fields.add(field("title", type == ContentType.VAN_BAN ? "Trích yếu" : "Tiêu đề", "string"));
        Map<String, Object> typeField = field("type", "Loại", "hidden");
        typeField.put("default", type.key());
        fields.add(typeField);
        if (type != ContentType.TRANG) {
            Map<String, Object> date = field("date", "Ngày giờ đăng", "datetime");
            date.put("format", DATE_FORMAT);
            date.put("date_format", "DD/MM/YYYY");
            date.put("time_format", "HH:mm");
            date.put("default", "{{now}}");
            fields.add(date);
        }
        Map<String, Object> status = field("status", "Trạng thái", "select");
        status.put("options", List.of(ordered("label", "Bản nháp", "value", "draft"),
                ordered("label", "Đăng", "value", "published")));
        status.put("default", "draft");
        fields.add(status);
        if (type != ContentType.TRANG) {
            fields.add(choices("pillars", "Chuyên đề", site.pillars(), false));
            Map<String, Object> tags = field("tags", "Thẻ", "list");
            tags.put("required", false);
            fields.add(tags);
            fields.add(optional(field("author", "Tác giả", "string")));
            Map<String, Object> channels = choices("channels", "Kênh đăng tải", site.channels(), false);
            channels.put("default", List.of("cong-ttdt"));
            fields.add(channels);
            fields.add(optional(field("summary", "Tóm tắt", "text")));
        }
        fields.addAll(extra(type));
        fields.add(field("body", type == ContentType.QUY_TRINH ? "Nội dung và bảng các bước" : "Nội dung", "markdown"));
        c.put("fields", fields);
        return c;
    }

    private List<Map<String, Object>> extra(ContentType type) {
        List<Map<String, Object>> out = new ArrayList<>();
        switch (type) {
            case VAN_BAN -> {
                out.add(pattern(field("number", "Số ký hiệu", "string"), "^\\d{1,6}(/\\d{4})?(-[A-ZĐ]{1,10})?/[A-ZĐ].*$",
                        "Viết như 30/KH-UBND hoặc 42/2022/NĐ-CP"));
                out.add(day("issued", "Ngày ban hành"));
                out.add(field("issuer", "Cơ quan ban hành", "string"));
                out.add(optional(day("effective", "Ngày hiệu lực")));
                Map<String, Object> file = optional(field("attachment", "Tệp đính kèm", "file"));
                file.put("media_folder", "/assets/tep");
                file.put("public_folder", "tep");
                out.add(file);
            }
            case THU_TUC -> {
                out.add(pattern(field("code", "Mã thủ tục", "string"), "^\\d\\.\\d{6}(\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.H\\d{2})?$",
                        "Viết như 1.001193 hoặc 1.001193.000.00.00.H31"));
                out.add(field("field", "Lĩnh vực", "string"));
                Map<String, Object> level = field("level", "Cấp thực hiện", "string");
                level.put("default", "Cấp xã");
                out.add(level);
                out.add(field("processing_time", "Thời hạn giải quyết", "string"));
                out.add(field("fee", "Phí, lệ phí", "string"));
                out.add(select("online", "Mức độ trực tuyến", "toan-trinh", "Toàn trình", "mot-phan", "Một phần",
                        "khong", "Không trực tuyến"));
                out.add(optional(select("change", "Tình trạng", "moi", "Mới ban hành", "sua-doi", "Sửa đổi, bổ sung",
                        "bai-bo", "Bãi bỏ")));
                out.add(optional(field("decision", "Quyết định công bố", "string")));
                out.add(optional(field("dvc_url", "Liên kết Cổng Dịch vụ công", "string")));
            }
            case QUY_TRINH -> {
                out.add(pattern(field("code", "Mã quy trình", "string"), "^QT-\\d{1,5}.*$", "Viết như QT-01"));
                Map<String, Object> revision = field("revision", "Lần ban hành", "number");
                revision.put("value_type", "int");
                revision.put("min", 1);
                revision.put("default", 1);
                out.add(revision);
                out.add(day("effective", "Ngày hiệu lực"));
                out.add(optional(field("procedure", "Mã thủ tục hành chính thực hiện", "string")));
            }
            default -> {
                // no extra fields
            }
        }
        return out;
    }

    static String folder(ContentType type) {
        return switch (type) {
            case TIN, BAI -> "tin-tuc";
            case THONG_BAO -> "thong-bao";
            case VAN_BAN -> "van-ban";
            case THU_TUC -> "thu-tuc";
            case QUY_TRINH -> "quy-trinh-iso";
            case TRANG -> "trang";
        };
    }

    private static Map<String, Object> day(String name, String label) {
        Map<String, Object> f = field(name, label, "datetime");
        f.put("format", "YYYY-MM-DD");
        f.put("date_format", "DD/MM/YYYY");
        f.put("time_format", false);
        f.put("default", "{{now}}");
        return f;
    }

    private static Map<String, Object> choices(String name, String label, Vocabulary vocabulary, boolean required) {
        Map<String, Object> f = field(name, label, "select");
        f.put("multiple", true);
        List<Object> options = new ArrayList<>();
        vocabulary.labels().forEach((k, v) -> options.add(ordered("label", v, "value", k)));
        f.put("options", options);
        f.put("required", required);
        return f;
    }

    private static Map<String, Object> select(String name, String label, String... pairs) {
        Map<String, Object> f = field(name, label, "select");
        List<Object> options = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            options.add(ordered("label", pairs[i + 1], "value", pairs[i]));
        }
        f.put("options", options);
        return f;
    }

    private static Map<String, Object> pattern(Map<String, Object> f, String regex, String message) {
        f.put("pattern", List.of(regex, message));
        return f;
    }

    private static Map<String, Object> optional(Map<String, Object> f) {
        f.put("required", false);
        return f;
    }

    private static Map<String, Object> field(String name, String label, String widget) {
        return ordered("label", label, "name", name, "widget", widget);
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
