package vn.cchc.site.stats;

import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.VietnameseText;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The glossary of the figures a report gives: one name per number, used by the console table,
 * JSON, CSV, XLSX, the statistics page, the Maven site page and the Word report. "Tin, bài" is
 * always tin + bài viết; the count of everything published in the column has its own name; a
 * target in {@code site.yml} names the figure it counts by the figure's key.
 */
public enum Figure {
    TIN_BAI("tin-bai", "Tin, bài", s -> s.count("tin") + s.count("bai")),
    TIN("tin", ContentType.TIN.label(), s -> s.count("tin")),
    BAI("bai", ContentType.BAI.label(), s -> s.count("bai")),
    THONG_BAO("thong-bao", ContentType.THONG_BAO.label(), s -> s.count("thong-bao")),
    VAN_BAN("van-ban", ContentType.VAN_BAN.label(), s -> s.count("van-ban")),
    THU_TUC("thu-tuc", ContentType.THU_TUC.label(), s -> s.count("thu-tuc")),
    QUY_TRINH("quy-trinh", ContentType.QUY_TRINH.label(), s -> s.count("quy-trinh")),
    TONG("tong", "Tổng số tin, bài, văn bản, thông báo, thủ tục, quy trình", Stats::total),
    /** Of the total, the items also pasted on the ward's official portal (they have a {@code portal_url}). */
    ON_PORTAL("tren-cong", "Trong đó đã dán vào Cổng TTĐT chính thức (có portal_url)", Stats::onPortal);

    /** The figures that count one content type each, in content-model order. */
    public static final List<Figure> BY_TYPE = List.of(TIN, BAI, THONG_BAO, VAN_BAN, THU_TUC, QUY_TRINH);

    /** The rows of a table of counts, in this order: types, the "tin, bài" sum, the total, its part on the portal. */
    public static final List<Figure> TABLE = List.of(TIN, BAI, TIN_BAI, THONG_BAO, VAN_BAN, THU_TUC, QUY_TRINH, TONG,
            ON_PORTAL);

    private final String key;
    private final String label;
    private final ToIntFunction<Stats> value;

    Figure(String key, String label, ToIntFunction<Stats> value) {
        this.key = key;
        this.label = label;
        this.value = value;
    }

    /** The key used in JSON and in {@code stats.targets} of {@code site.yml}. */
    public String key() {
        return key;
    }

    /** The Vietnamese name, as a table row or heading shows it ({@code Tin, bài}). */
    public String label() {
        return label;
    }

    /** The name inside a sentence ({@code tin, bài}; {@code quy trình ISO}). */
    public String inSentence() {
        return VietnameseText.inSentence(label);
    }

    /** The name as a row of a table of counts, saying what a sum adds up. */
    public String tableLabel() {
        return this == TIN_BAI ? "Tin, bài (tin + bài viết)" : label;
    }

    /** The figure's value in {@code stats}. */
    public int of(Stats stats) {
        return value.applyAsInt(stats);
    }

    public static Optional<Figure> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
