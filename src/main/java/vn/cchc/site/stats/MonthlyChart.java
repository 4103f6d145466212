package vn.cchc.site.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of a bar chart of counts per month, drawn by templates as inline SVG (no script,
 * no chart library). Coordinates are in SVG user units.
 *
 * @param width  view-box width
 * @param height view-box height
 * @param max    the largest count (the scale)
 * @param bars   one bar per month, in order
 */
public record MonthlyChart(int width, int height, int max, List<Bar> bars) {
    static final int BAR = 40;
    static final int GAP = 12;
    static final int TOP = 24;
    static final int AXIS = 30;
    static final int PLOT = 160;

    /**
     * One month.
     *
     * @param month  {@code yyyy-MM}
     * @param label  short label under the bar ({@code T11})
     * @param value  count
     * @param x      left edge
     * @param y      top edge
     * @param height bar height
     */
    public record Bar(String month, String label, int value, int x, int y, int height) {
        /** Centre of the bar, for labels. */
        public int center() {
            return x + BAR / 2;
        }
    }

    public static MonthlyChart of(Map<String, Integer> byMonth) {
        int max = Math.max(1, byMonth.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        int x = GAP;
        for (Map.Entry<String, Integer> e : byMonth.entrySet()) {
            int h = (int) Math.round(PLOT * (e.getValue() / (double) max));
            String label = "T" + Integer.parseInt(e.getKey().substring(5));
            bars.add(new Bar(e.getKey(), label, e.getValue(), x, TOP + PLOT - h, h));
            x += BAR + GAP;
        }
        return new MonthlyChart(x, TOP + PLOT + AXIS, max, List.copyOf(bars));
    }

    /** The y of the baseline. */
    public int baseline() {
        return TOP + PLOT;
    }
}
