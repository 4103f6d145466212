package vn.cchc.site.core;

/**
 * How reporting periods are cut: by the calendar, or by the data cut-off of Nghị định
 * 09/2019/NĐ-CP (a year runs from 15/12 of the previous year to 14/12).
 */
public enum StatsWindowKind {
    CALENDAR("calendar", "năm dương lịch (01/01–31/12)"),
    ND09("nd09", "kỳ báo cáo theo Nghị định 09/2019/NĐ-CP (15/12–14/12)");

    private final String key;
    private final String description;

    StatsWindowKind(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** Vietnamese description, as used inside a sentence. */
    public String description() {
        return description;
    }

    public String key() {
        return key;
    }

    public static StatsWindowKind byKey(String key) {
        for (StatsWindowKind k : values()) {
            if (k.key.equalsIgnoreCase(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
