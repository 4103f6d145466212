package vn.cchc.site.stats;

import java.util.Map;

/**
 * Propaganda done outside the column ({@code hoat-dong} records: loudspeaker broadcasts, banners,
 * conferences…), per form. These figures never add to the column's totals.
 *
 * @param total  number of records
 * @param byForm form key → its figures, in the order of the vocabulary (forms with no record left out)
 */
public record Activities(int total, Map<String, Form> byForm) {

    public Activities {
        byForm = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byForm));
    }

    /**
     * The figures of one form.
     *
     * @param records      records of the form
     * @param quantity     sum of their {@code quantity} (lượt, buổi, chiếc)
     * @param participants sum of their {@code participants} (người)
     */
    public record Form(int records, int quantity, int participants) {
        Form plus(int quantity, int participants) {
            return new Form(records + 1, this.quantity + quantity, this.participants + participants);
        }
    }

    public static Activities none() {
        return new Activities(0, Map.of());
    }
}
