package vn.cchc.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of content of the column, as written in the {@code type} front-matter field.
 * The key is the contract; the section decides where items of the type live in the site.
 */
public enum ContentType {
    TIN("tin", "Tin", Section.TIN_TUC),
    BAI("bai", "Bài viết", Section.TIN_TUC),
    THONG_BAO("thong-bao", "Thông báo", Section.THONG_BAO),
    VAN_BAN("van-ban", "Văn bản", Section.VAN_BAN),
    THU_TUC("thu-tuc", "Thủ tục hành chính", Section.THU_TUC),
    QUY_TRINH("quy-trinh", "Quy trình ISO", Section.QUY_TRINH),
    TRANG("trang", "Trang", Section.TRANG);

    private final String key;
    private final String label;
    private final Section section;

    ContentType(String key, String label, Section section) {
        this.key = key;
        this.label = label;
        this.section = section;
    }

    /** The value editors write, e.g. {@code thong-bao}. */
    public String key() {
        return key;
    }

    /** Vietnamese name shown to readers and officers, e.g. {@code Thông báo}. */
    public String label() {
        return label;
    }

    public Section section() {
        return section;
    }

    /** Whether items of this type are dated publications that count in statistics ({@code trang} never does). */
    public boolean counted() {
        return this != TRANG;
    }

    public static Optional<ContentType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ContentType::key).toList();
    }
}
