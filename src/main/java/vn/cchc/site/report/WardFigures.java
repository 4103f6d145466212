package vn.cchc.site.report;

import com.fasterxml.jackson.databind.JsonNode;
import vn.cchc.site.stats.Figure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ward's figures as read from its {@code build-report.json} or stats JSON, for the
 * department's summary ({@code stats merge}).
 *
 * @param ward       the ward's name (the JSON's {@code ward}, else the file name)
 * @param file       the file read
 * @param label      the window's label
 * @param figures    figure key → value, every figure of {@link Figure}
 * @param activities number of activity records outside the column
 */
public record WardFigures(String ward, String file, String label, Map<String, Integer> figures, int activities) {

    public WardFigures {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** Reads one stats object ({@code figures} when present, else {@code byType} and {@code total}). */
    static WardFigures of(String ward, String file, JsonNode stats) {
        Map<String, Integer> figures = new LinkedHashMap<>();
        JsonNode given = stats.path("figures");
        JsonNode byType = stats.path("byType");
        for (Figure f : Figure.values()) {
            int value;
            if (given.has(f.key())) {
                value = given.get(f.key()).asInt();
            } else if (f == Figure.TONG) {
                value = stats.path("total").asInt();
            } else if (f == Figure.TIN_BAI) {
                value = byType.path("tin").asInt() + byType.path("bai").asInt();
            } else {
                value = byType.path(f.key()).asInt();
            }
            figures.put(f.key(), value);
        }
        return new WardFigures(ward, file, stats.path("label").asText(""), figures,
                stats.path("activities").path("total").asInt());
    }

    /** The sum of {@code wards}, named {@code name}. */
    static WardFigures total(String name, java.util.List<WardFigures> wards) {
        Map<String, Integer> sum = new LinkedHashMap<>();
        int activities = 0;
        for (WardFigures w : wards) {
            w.figures.forEach((k, v) -> sum.merge(k, v, Integer::sum));
            activities += w.activities;
        }
        return new WardFigures(name, "", "", sum, activities);
    }

    public int figure(Figure f) {
        return figures.getOrDefault(f.key(), 0);
    }
}
