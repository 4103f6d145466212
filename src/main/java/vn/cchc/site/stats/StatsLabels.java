package vn.cchc.site.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/** Vietnamese labels of the codes that statistics break down by. */
public final class StatsLabels {
    private StatsLabels() {
    }

    public static final Map<String, String> CHANGE = ordered("moi", "Mới ban hành", "sua-doi", "Sửa đổi, bổ sung",
            "bai-bo", "Bãi bỏ");
    public static final Map<String, String> ONLINE = ordered("toan-trinh", "Trực tuyến toàn trình", "mot-phan",
            "Trực tuyến một phần", "khong", "Không trực tuyến");
    public static final Map<String, String> PROCESSES = ordered("moi", "Ban hành mới", "sua-doi", "Sửa đổi, ban hành lại");

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
