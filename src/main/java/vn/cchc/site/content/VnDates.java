package vn.cchc.site.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes dates the way Vietnamese editors and officers write them. All dates are local
 * Vietnam time ({@link #ZONE}); nothing here depends on the machine's time zone.
 */
public final class VnDates {
    /** The only zone dates are read and shown in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern VN = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private VnDates() {
    }

    /** The result of reading a date: the value, or a Vietnamese explanation of what is wrong. */
    public record Parsed(LocalDateTime value, String error) {
        public boolean ok() {
            return value != null;
        }
    }

    /**
     * Reads {@code 2025-11-03 08:30}, {@code 2025-11-03}, {@code 03/11/2025} or {@code 03/11/2025 08:30}.
     * Impossible dates (month 13, 31/04, 29/02 of a common year) are errors, never rolled over.
     */
    public static Parsed parse(String text) {
        String s = text == null ? "" : text.strip();
        int year;
        int month;
        int day;
        Matcher m = ISO.matcher(s);
        Matcher v = VN.matcher(s);
        Matcher time;
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
            time = m;
        } else if (v.matches()) {
            day = Integer.parseInt(v.group(1));
            month = Integer.parseInt(v.group(2));
            year = Integer.parseInt(v.group(3));
            time = v;
        } else {
            return new Parsed(null, "Ngày \"" + s + "\" không đúng định dạng. Viết theo dạng 2025-11-03 08:30, "
                    + "2025-11-03 hoặc 03/11/2025.");
        }
        if (month < 1 || month > 12) {
            return new Parsed(null, "Ngày \"" + s + "\" không hợp lệ: không có tháng " + month
                    + " (tháng từ 1 đến 12). Kiểm tra lại thứ tự ngày/tháng.");
        }
        if (year < 1900 || year > 2200) {
            return new Parsed(null, "Ngày \"" + s + "\" có năm " + year + " không hợp lý.");
        }
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > days) {
            return new Parsed(null, "Ngày \"" + s + "\" không hợp lệ: tháng " + month + "/" + year + " chỉ có "
                    + days + " ngày.");
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (time.group(4) != null) {
            hour = Integer.parseInt(time.group(4));
            minute = Integer.parseInt(time.group(5));
            second = time.group(6) == null ? 0 : Integer.parseInt(time.group(6));
            if (hour > 23 || minute > 59 || second > 59) {
                return new Parsed(null, "Giờ trong \"" + s + "\" không hợp lệ: viết giờ:phút từ 00:00 đến 23:59 "
                        + ".");
            }
        }
        return new Parsed(LocalDateTime.of(year, month, day, hour, minute, second), null);
    }

    /** {@code ngày 05 tháng 02 năm 2026}. */
    public static String longDate(LocalDate date) {
        return String.format("ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** {@code 05/02/2026}. */
    public static String shortDate(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** {@code 2026-02-05}. */
    public static String isoDate(LocalDate date) {
        return date.toString();
    }

    /** {@code tháng 02/2026}. */
    public static String monthLabel(YearMonth month) {
        return String.format("Tháng %02d/%d", month.getMonthValue(), month.getYear());
    }
}
