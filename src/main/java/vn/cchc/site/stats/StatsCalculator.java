package vn.cchc.site.stats;

import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Details;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.content.VnDates;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts publications in a window. An item counts when its type is counted (not {@code trang}),
 * it is published, it is not dated after the build's now, and its date (Vietnam time) falls in
 * the window. This is the only place that rule is applied to numbers.
 */
public final class StatsCalculator {
    private final SiteConfig config;
    private final VietnameseText text;

    public StatsCalculator(SiteConfig config, VietnameseText text) {
        this.config = config;
        this.text = text;
    }

    /** Whether {@code item} counts in {@code period} at {@code now}: the counting rule, in one place. */
    public static boolean counts(Item item, Period period, LocalDateTime now) {
        return item.type().counted() && item.date() != null && item.visibleAt(now) && period.contains(item.date());
    }

    /**
     * What {@link #compute} reads of an item that counts. Two items with equal facts count alike, so
     * statistics made from equal facts can be reused (a warm rebuild after an edit of a body).
     */
    public static Object facts(Item item) {
        return new Facts(item.file(), item.path(), item.title(), item.type(), item.date(), item.pillars(),
                item.channels(), item.author(), item.tags(), item.details(), item.origin());
    }

    private record Facts(String file, String path, String title, ContentType type, LocalDateTime date,
                         List<String> pillars, List<String> channels, String author, List<String> tags,
                         Details details, String origin) {
    }

    public Stats compute(List<Item> items, Period period, LocalDateTime now) {
        List<Item> counted = new ArrayList<>();
        for (Item item : items) {
            if (counts(item, period, now)) {
                counted.add(item);
            }
        }
        counted.sort(Comparator.comparing(Item::date).thenComparing(Item::file));
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (ContentType t : ContentType.values()) {
            long n = counted.stream().filter(i -> i.type() == t).count();
            if (n > 0) {
                byType.put(t.key(), (int) n);
            }
        }
        Map<String, Integer> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), 0);
        }
        Map<String, Integer> byPillar = ordered(config.pillars().keys());
        Map<String, Integer> byChannel = ordered(config.channels().keys());
        Map<String, Integer> byAuthor = new TreeMap<>(text.collator());
        Map<String, Integer> byTag = new TreeMap<>(text.collator());
        Map<String, Integer> byChange = ordered(List.of("moi", "sua-doi", "bai-bo"));
        Map<String, Integer> byOnline = ordered(List.of("toan-trinh", "mot-phan", "khong"));
        Map<String, Integer> processes = ordered(List.of("moi", "sua-doi"));
        Map<String, Integer> byOrigin = ordered(config.origins().keys());
        byOrigin.put(Stats.OWN, 0);
        List<CountedItem> annex = new ArrayList<>();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        for (Item item : counted) {
            byMonth.merge(YearMonth.from(item.date()).toString(), 1, Integer::sum);
            item.pillars().forEach(p -> byPillar.merge(p, 1, Integer::sum));
            item.channels().forEach(c -> byChannel.merge(c, 1, Integer::sum));
            byOrigin.merge(item.origin().isEmpty() ? Stats.OWN : item.origin(), 1, Integer::sum);
            byAuthor.merge(item.author().isBlank() ? "(không ghi tác giả)" : item.author(), 1, Integer::sum);
            item.tags().forEach(t -> byTag.merge(t, 1, Integer::sum));
            if (item.details() instanceof Details.ThuTuc tt) {
                if (tt.change() != null) {
                    byChange.merge(tt.change(), 1, Integer::sum);
                }
                byOnline.merge(tt.online(), 1, Integer::sum);
            }
            if (item.details() instanceof Details.QuyTrinh qt) {
                processes.merge(qt.revision() <= 1 ? "moi" : "sua-doi", 1, Integer::sum);
            }
            annex.add(new CountedItem(item.file(), config.absolute(item.path()), item.title(), item.type().key(),
                    item.date().atZone(VnDates.ZONE).format(iso), item.path()));
        }
        return new Stats(period, counted.size(), byType, byMonth, byPillar, byChannel, new LinkedHashMap<>(byAuthor),
                new LinkedHashMap<>(byTag), byChange, byOnline, processes, targets(period, counted.size(), byType),
                annex, byOrigin);
    }

    private List<Stats.Target> targets(Period period, int total, Map<String, Integer> byType) {
        // a yearly target applies to windows that lie within one (calendar or nd09) year
        int year = period.to().getYear();
        Map<String, Integer> row = config.targets().get(year);
        if (row == null) {
            return List.of();
        }
        List<Stats.Target> out = new ArrayList<>();
        row.forEach((key, target) -> {
            int actual;
            String label;
            if (key.equals("tin-bai")) {
                actual = byType.getOrDefault("tin", 0) + byType.getOrDefault("bai", 0);
                label = "Tin, bài";
            } else if (key.equals("tong")) {
                actual = total;
                label = "Tổng số";
            } else {
                actual = byType.getOrDefault(key, 0);
                label = ContentType.byKey(key).map(ContentType::label).orElse(key);
            }
            out.add(new Stats.Target(key, label, target, actual));
        });
        return out;
    }

    private static Map<String, Integer> ordered(Iterable<String> keys) {
        Map<String, Integer> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, 0));
        return out;
    }
}
