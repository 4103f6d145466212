package vn.cchc.site.content;

import vn.cchc.site.content.schema.Schemas;
import vn.cchc.site.content.schema.TypeSchema;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of content of the column, as written in the {@code type} front-matter field. Each
 * constant is only the Java handle of a type; what the type is (label, section, fields) is
 * declared in its schema file {@code vn/cchc/site/schema/<key>.yml}, see {@link Schemas}.
 */
public enum ContentType {
    TIN("tin"),
    BAI("bai"),
    THONG_BAO("thong-bao"),
    VAN_BAN("van-ban"),
    THU_TUC("thu-tuc"),
    QUY_TRINH("quy-trinh"),
    HOAT_DONG("hoat-dong"),
    TRANG("trang");

    private final String key;

    ContentType(String key) {
        this.key = key;
    }

    /** The value editors write, e.g. {@code thong-bao}. */
    public String key() {
        return key;
    }

    /** The type's declaration: fields, labels, folder. */
    public TypeSchema schema() {
        return Model.SCHEMAS.type(key);
    }

    /** The declarations of every type, in the order of {@link #values()}. */
    public static Schemas schemas() {
        return Model.SCHEMAS;
    }

    /** Vietnamese name shown to readers and officers, e.g. {@code Thông báo}. */
    public String label() {
        return schema().label();
    }

    public Section section() {
        return Section.valueOf(schema().section());
    }

    /** Whether items of this type are dated publications that count in statistics ({@code trang} never does). */
    public boolean counted() {
        return schema().counted();
    }

    /** Whether items of this type become pages ({@code hoat-dong} records do not). */
    public boolean published() {
        return schema().pages();
    }

    public static Optional<ContentType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ContentType::key).toList();
    }

    /**
     * " Có phải ý bạn là 'tin'?" or empty: the type an editor most likely meant by {@code typed},
     * matching keys, labels and section titles alike ({@code tinn} and {@code Tin tức} both give {@code tin}).
     */
    public static String hint(String typed) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ContentType t : values()) {
            names.putIfAbsent(t.key, t.key);
        }
        for (ContentType t : values()) {
            names.putIfAbsent(Slugs.slugify(t.label()), t.key);
            names.putIfAbsent(Slugs.slugify(t.section().title()), t.key);
        }
        return Suggestions.closest(typed, names.keySet()).map(names::get)
                .map(s -> " Có phải ý bạn là '" + s + "'?").orElse("");
    }

    /** Loaded once, when a type's declaration is first asked for. */
    private static final class Model {
        static final Schemas SCHEMAS = Schemas.load(keys());
    }
}
