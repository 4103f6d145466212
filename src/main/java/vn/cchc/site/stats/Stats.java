package vn.cchc.site.stats;

import vn.cchc.site.content.VietnameseText;

import java.util.List;
import java.util.Map;

/**
 * The counts of one reporting window: the single source of truth behind the console table, JSON,
 * CSV, Word report, statistics page and Maven site report.
 *
 * @param period         the window
 * @param total          every counted item of every type
 * @param byType         type key → count (types with 0 left out), in content-model order
 * @param byMonth        {@code yyyy-MM} → count, every month the window touches (zeros included)
 * @param byPillar       pillar key → count (an item counts once per pillar)
 * @param byChannel      channel key → count (an item counts once per channel)
 * @param byAuthor       author → count, Vietnamese order
 * @param byTag          tag → count, Vietnamese order
 * @param byChange       thu-tuc change ({@code moi}/{@code sua-doi}/{@code bai-bo}) → count
 * @param byOnline       thu-tuc online level → count
 * @param processes      quy-trinh: {@code moi} (revision 1) and {@code sua-doi} (revision > 1) → count
 * @param targets        yearly target key → {target, actual}; empty when none applies
 * @param items          the annex: every counted item, oldest first
 * @param activities     propaganda outside the column ({@code hoat-dong}); never part of {@code total}
 */
public record Stats(Period period, int total, Map<String, Integer> byType, Map<String, Integer> byMonth,
                    Map<String, Integer> byPillar, Map<String, Integer> byChannel, Map<String, Integer> byAuthor,
                    Map<String, Integer> byTag, Map<String, Integer> byChange, Map<String, Integer> byOnline,
                    Map<String, Integer> processes, List<Target> targets, List<CountedItem> items,
                    Activities activities) {

    /**
     * A yearly target from {@code site.yml} and how far the window reached it.
     *
     * @param key    the key of the {@link Figure} counted
     * @param label  the figure's Vietnamese name
     * @param target the number set by the plan
     * @param actual the count in the window
     */
    public record Target(String key, String label, int target, int actual) {
        /** Share reached, in percent, rounded down. */
        public int percent() {
            return target <= 0 ? 0 : (int) Math.floor(actual * 100.0 / target);
        }

        /** The label as it reads inside a sentence ({@link VietnameseText#inSentence}). */
        public String inSentence() {
            return VietnameseText.inSentence(label);
        }
    }

    /** The value of a figure of the glossary. */
    public int figure(Figure figure) {
        return figure.of(this);
    }

    /** The column's label in tables: the window's name with a capital ({@code Năm 2025}). */
    public String title() {
        return period.title();
    }

    /** How many counted items have been pasted on the ward's official portal (have a {@code portal_url}). */
    public int onPortal() {
        return (int) items.stream().filter(i -> !i.portalUrl().isEmpty()).count();
    }

    public int count(String type) {
        return byType.getOrDefault(type, 0);
    }
}
