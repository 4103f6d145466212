package vn.cchc.site.stats;

import vn.cchc.site.content.ContentType;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Vietnamese labels of the codes that statistics break down by, and the keys statistics add of
 * their own (the portal channel, "no pillar"). Every format shows these labels, never the codes.
 */
public final class StatsLabels {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private StatsLabels() {
    }

    /** The channel every counted item is on: the ward's portal, where the column lives. */
    public static final String PORTAL = "cong-ttdt";
    /** Label of {@link #PORTAL} when {@code site.yml} gives none. */
    public static final String PORTAL_LABEL = "Cổng TTĐT";
    /** Pillar key of the items filed under no pillar. */
    public static final String NO_PILLAR = "chua-gan-chuyen-de";
    public static final String NO_PILLAR_LABEL = "Chưa gắn chuyên đề";
    /** Author key of the items with no author. */
    public static final String NO_AUTHOR = "(không ghi tác giả)";

    public static final Map<String, String> CHANGE = ordered("moi", "Mới ban hành", "sua-doi", "Sửa đổi, bổ sung",
            "bai-bo", "Bãi bỏ");
    public static final Map<String, String> ONLINE = ordered("toan-trinh", "Trực tuyến toàn trình", "mot-phan",
            "Trực tuyến một phần", "khong", "Không trực tuyến");
    public static final Map<String, String> PROCESSES = ordered("moi", "Ban hành mới", "sua-doi", "Sửa đổi, ban hành lại");

    /** {@code 2025-01} → {@code Tháng 01/2025}. */
    public static String month(String yearMonth) {
        return "Tháng " + yearMonth.substring(5, 7) + "/" + yearMonth.substring(0, 4);
    }

    /** {@code thu-tuc} → {@code Thủ tục hành chính}; an unknown key stays as it is. */
    public static String type(String key) {
        return ContentType.byKey(key).map(ContentType::label).orElse(key);
    }

    /** The pillar label, with {@link #NO_PILLAR} named. */
    public static String pillar(Map<String, String> labels, String key) {
        return key.equals(NO_PILLAR) ? NO_PILLAR_LABEL : labels.getOrDefault(key, key);
    }

    /** The channel label, with the portal named even when {@code site.yml} leaves it out. */
    public static String channel(Map<String, String> labels, String key) {
        return labels.getOrDefault(key, key.equals(PORTAL) ? PORTAL_LABEL : key);
    }

    /**
     * The name an author is grouped under: NFC, trimmed, inner runs of white space made one space
     * ("Nguyễn  Thị Hương" and "Nguyễn Thị Hương" are one person).
     */
    public static String author(String written) {
        String name = SPACES.matcher(Normalizer.normalize(written, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return name.isEmpty() ? NO_AUTHOR : name;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }
}
