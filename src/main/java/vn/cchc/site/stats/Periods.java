package vn.cchc.site.stats;

import vn.cchc.site.core.StatsWindowKind;
import vn.cchc.site.content.VnDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds reporting windows. Calendar windows follow the calendar. {@link StatsWindowKind#ND09}
 * windows follow the data cut-off of Nghị định 09/2019/NĐ-CP: the year runs from 15/12 of the
 * previous year to 14/12; the first half from 15/12 to 14/06; a quarter from the 15th of the month
 * before it to the 14th of its last month; a month from the 15th of the month before to the 14th.
 */
public final class Periods {
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private Periods() {
    }

    public static Period year(int year, StatsWindowKind kind) {
        if (kind == StatsWindowKind.ND09) {
            return nd09(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14), "kỳ báo cáo năm " + year);
        }
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "năm " + year);
    }

    public static Period half(int year, int half, StatsWindowKind kind) {
        String label = (half == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
        if (kind == StatsWindowKind.ND09) {
            return half == 1
                    ? nd09(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14), "kỳ báo cáo " + label)
                    : nd09(LocalDate.of(year, 6, 15), LocalDate.of(year, 12, 14), "kỳ báo cáo " + label);
        }
        return half == 1
                ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), label)
                : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), label);
    }

    public static Period quarter(int year, int quarter, StatsWindowKind kind) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        YearMonth last = first.plusMonths(2);
        String label = "quý " + roman(quarter) + " năm " + year;
        if (kind == StatsWindowKind.ND09) {
            YearMonth before = first.minusMonths(1);
            return nd09(before.atDay(15), last.atDay(14), "kỳ báo cáo " + label);
        }
        return new Period(first.atDay(1), last.atEndOfMonth(), label);
    }

    public static Period month(int year, int month, StatsWindowKind kind) {
        YearMonth m = YearMonth.of(year, month);
        String label = String.format("tháng %02d/%d", month, year);
        if (kind == StatsWindowKind.ND09) {
            return nd09(m.minusMonths(1).atDay(15), m.atDay(14), "kỳ báo cáo " + label);
        }
        return new Period(m.atDay(1), m.atEndOfMonth(), label);
    }

    /**
     * The part of {@code whole} up to {@code today} when today falls inside it (the current year so
     * far, marked "(đến dd/MM/yyyy)"), otherwise {@code whole} itself.
     */
    public static Period toDate(Period whole, LocalDate today) {
        if (today.isBefore(whole.from()) || !today.isBefore(whole.to())) {
            return whole;
        }
        return new Period(whole.from(), today, whole.label() + " (đến " + VnDates.shortDate(today) + ")");
    }

    public static Period between(LocalDate from, LocalDate to) {
        return new Period(from, to, "từ " + VnDates.shortDate(from) + " đến " + VnDates.shortDate(to));
    }

    /**
     * Reads {@code 2025}, {@code 2025-H1}, {@code 2025-Q3} or {@code 2025-11}.
     *
     * @throws IllegalArgumentException with a Vietnamese message when the text is none of these
     */
    public static Period parse(String text, StatsWindowKind kind) {
        String s = text.strip().toUpperCase();
        Matcher m;
        if ((m = HALF.matcher(s)).matches()) {
            return half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), kind);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), kind);
        }
        if ((m = MONTH.matcher(s)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(Integer.parseInt(m.group(1)), month, kind);
            }
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return year(Integer.parseInt(m.group(1)), kind);
        }
        throw new IllegalArgumentException("Kỳ \"" + text + "\" không hợp lệ. Viết 2025 (năm), 2025-H1 hoặc 2025-H2 "
                + "(6 tháng), 2025-Q3 (quý) hoặc 2025-11 (tháng).");
    }

    private static Period nd09(LocalDate from, LocalDate to, String label) {
        return new Period(from, to, label + " (" + VnDates.shortDate(from) + " – " + VnDates.shortDate(to) + ")");
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
