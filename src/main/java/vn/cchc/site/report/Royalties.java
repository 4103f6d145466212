package vn.cchc.site.report;

import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsLabels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The royalty table (nhuận bút): per author and type, the number of counted items times the
 * coefficient {@code report.royalties} of {@code site.yml} sets for the type. Off (empty) when no
 * coefficient is set; types without a coefficient are left out.
 */
final class Royalties {
    private Royalties() {
    }

    /**
     * One line.
     *
     * @param author      author as grouped
     * @param type        type label
     * @param count       items
     * @param coefficient coefficient of the type
     */
    record Line(String author, String type, int count, double coefficient) {
        double amount() {
            return count * coefficient;
        }
    }

    /** The lines, authors in the order of {@code byAuthor} (Vietnamese order), types in content-model order. */
    static List<Line> of(Stats s, Map<String, Double> coefficients) {
        List<Line> out = new ArrayList<>();
        if (coefficients.isEmpty()) {
            return out;
        }
        for (String author : s.byAuthor().keySet()) {
            Map<String, Integer> byType = new LinkedHashMap<>();
            for (CountedItem i : s.items()) {
                if (i.author().equals(author) && coefficients.containsKey(i.type())) {
                    byType.merge(i.type(), 1, Integer::sum);
                }
            }
            vn.cchc.site.content.ContentType.keys().stream().filter(byType::containsKey).forEach(t ->
                    out.add(new Line(author, StatsLabels.type(t), byType.get(t), coefficients.get(t))));
        }
        return out;
    }
}
