package vn.cchc.site.config;

/**
 * How reporting periods are cut: by the calendar, or by the data cut-off of Nghị định
 * 09/2019/NĐ-CP (a year runs from 15/12 of the previous year to 14/12).
 */
public enum StatsWindowKind {
    CALENDAR("calendar"),
    ND09("nd09");

    private final String key;

    StatsWindowKind(String key) {
        this.key = key;
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
