package vn.cchc.site.stats;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A reporting window in Vietnam time, both ends included: it starts at {@code from} 00:00 and ends
 * at {@code to} 23:59:59.999….
 *
 * @param from  first day
 * @param to    last day
 * @param label Vietnamese name, e.g. "năm 2025" or "kỳ báo cáo năm 2025 (15/12/2024 – 14/12/2025)"
 */
public record Period(LocalDate from, LocalDate to, String label) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Ngày kết thúc " + to + " trước ngày bắt đầu " + from + ".");
        }
    }

    /** {@code dd/MM/yyyy} of the first day. */
    public String fromText() {
        return vn.cchc.site.content.VnDates.shortDate(from);
    }

    /** {@code dd/MM/yyyy} of the last day. */
    public String toText() {
        return vn.cchc.site.content.VnDates.shortDate(to);
    }

    /** The label with a capital, as a heading or a table column shows it ({@code Năm 2026}). */
    public String title() {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + label.substring(1);
    }

    /**
     * The label followed by the days it spans, unless the label already states its end
     * ({@code kỳ báo cáo năm 2025 (15/12/2024 – 14/12/2025)} is not repeated).
     */
    public String withDates() {
        return label.contains(toText()) ? label : label + " (từ ngày " + fromText() + " đến ngày " + toText() + ")";
    }

    /** Whether the window stops before the end of the {@code whole} one it is cut from (a year to date). */
    public boolean partialOf(Period whole) {
        return to.isBefore(whole.to());
    }

    public boolean contains(LocalDateTime when) {
        LocalDate day = when.toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
