package vn.cchc.site.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * How the wards' reports cite a directive document: "Kế hoạch số 30/KH-UBND ngày 28/7/2025 về
 * thực hiện cải cách hành chính …". The kind is the start of the title; dates follow Nghị định
 * 30/2020/NĐ-CP (day on two digits, month on two digits only for January and February).
 */
public final class Directives {
    private static final List<String> KINDS = List.of("Kế hoạch", "Quyết định", "Công văn", "Chỉ thị", "Nghị quyết",
            "Nghị định", "Thông tư", "Thông báo", "Hướng dẫn", "Báo cáo", "Chương trình", "Luật", "Văn bản");

    private Directives() {
    }

    /** The citation of a document; {@code number} and {@code issued} as in its front matter. */
    public static String cite(String title, String number, LocalDate issued) {
        String t = title.strip();
        String kind = "Văn bản";
        for (String k : KINDS) {
            if (t.regionMatches(true, 0, k, 0, k.length()) && (t.length() == k.length()
                    || Character.isWhitespace(t.charAt(k.length())))) {
                kind = k;
                t = t.substring(k.length()).strip();
                break;
            }
        }
        StringBuilder out = new StringBuilder(kind).append(" số ").append(number);
        if (issued != null) {
            out.append(" ngày ").append(date(issued));
        }
        if (!t.isEmpty()) {
            boolean about = t.regionMatches(true, 0, "về ", 0, 3);
            out.append(about ? " v" + t.substring(1) : " về " + t);
        }
        return out.toString();
    }

    /** {@code 08/8/2025}, {@code 05/02/2025}: the decree's short date. */
    public static String date(LocalDate d) {
        String month = d.getMonthValue() < 3 ? String.format("%02d", d.getMonthValue()) : String.valueOf(d.getMonthValue());
        return String.format("%02d/%s/%d", d.getDayOfMonth(), month, d.getYear());
    }

    /** {@code ngày 05 tháng 12 năm 2025}: the date of the place and date line. */
    public static String dateLine(LocalDate d) {
        String month = d.getMonthValue() < 3 ? String.format("%02d", d.getMonthValue()) : String.valueOf(d.getMonthValue());
        return String.format("ngày %02d tháng %s năm %d", d.getDayOfMonth(), month, d.getYear());
    }
}
