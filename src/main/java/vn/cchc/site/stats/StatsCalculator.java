package vn.cchc.site.stats;

import vn.cchc.site.core.SiteConfig;
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
        Map<String, Integer> byType = byType(counted);
        Map<String, Integer> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), 0);
        }
        Map<String, Integer> byPillar = ordered(config.pillars().keys());
        byPillar.put(StatsLabels.NO_PILLAR, 0);
        Map<String, Integer> byChannel = new LinkedHashMap<>();
        byChannel.put(StatsLabels.PORTAL, 0);
        byChannel.putAll(ordered(config.channels().keys()));
        Map<String, Integer> byAuthor = new TreeMap<>(text.collator());
        Map<String, Integer> byTag = new TreeMap<>(text.collator());
        Map<String, Integer> byChange = ordered(List.of("moi", "sua-doi", "bai-bo"));
        Map<String, Integer> byOnline = ordered(List.of("toan-trinh", "mot-phan", "khong"));
        Map<String, Integer> processes = ordered(List.of("moi", "sua-doi"));
        Map<String, Integer> byOrigin = ordered(config.origins().keys());
        byOrigin.put(Stats.OWN, 0);
        List<CountedItem> annex = new ArrayList<>();
        for (Item item : counted) {
            byMonth.merge(YearMonth.from(item.date()).toString(), 1, Integer::sum);
            List<String> pillars = item.pillars().isEmpty() ? List.of(StatsLabels.NO_PILLAR) : item.pillars();
            pillars.forEach(p -> byPillar.merge(p, 1, Integer::sum));
            channels(item).forEach(c -> byChannel.merge(c, 1, Integer::sum));
            String author = StatsLabels.author(item.author());
            byAuthor.merge(author, 1, Integer::sum);
            byOrigin.merge(item.origin().isEmpty() ? Stats.OWN : item.origin(), 1, Integer::sum);
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
            annex.add(annexEntry(item, pillars, author));
        }
        if (byPillar.getOrDefault(StatsLabels.NO_PILLAR, 0) == 0) {
            byPillar.remove(StatsLabels.NO_PILLAR);
        }
        Stats draft = new Stats(period, counted.size(), byType, byMonth, byPillar, byChannel,
                new LinkedHashMap<>(byAuthor), new LinkedHashMap<>(byTag), byChange, byOnline, processes, List.of(),
                annex, Activities.none(), byOrigin);
        return new Stats(period, counted.size(), byType, byMonth, byPillar, byChannel, draft.byAuthor(), draft.byTag(),
                byChange, byOnline, processes, targets(draft), annex, activities(items, period, now), byOrigin);
    }

    /** Type key → count, in content-model order, types with no item left out. */
    private static Map<String, Integer> byType(List<Item> counted) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (ContentType t : ContentType.values()) {
            long n = counted.stream().filter(i -> i.type() == t).count();
            if (n > 0) {
                byType.put(t.key(), (int) n);
            }
        }
        return byType;
    }

    private CountedItem annexEntry(Item item, List<String> pillars, String author) {
        Details.VanBan vb = item.details() instanceof Details.VanBan v ? v : null;
        String citation = vb == null ? "" : Directives.cite(item.title(), vb.number(), vb.issued());
        return new CountedItem(item.file(), config.absolute(item.path()), item.title(), item.type().key(),
                item.date().atZone(VnDates.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), item.path(), pillars,
                author, citation, vb == null ? "" : vb.issuer(), item.portalUrl());
    }

    /**
     * The records of propaganda outside the column ({@code hoat-dong}) in the window, per form in the
     * order of {@code activity_forms}: published, not dated after now, dated in the window. They
     * are never part of the column's counts.
     */
    private Activities activities(List<Item> items, Period period, LocalDateTime now) {
        Map<String, Activities.Form> byForm = new LinkedHashMap<>();
        config.activityForms().keys().forEach(k -> byForm.put(k, new Activities.Form(0, 0, 0)));
        int total = 0;
        for (Item item : items) {
            if (item.details() instanceof Details.HoatDong hd && item.date() != null && item.visibleAt(now)
                    && period.contains(item.date())) {
                byForm.put(hd.form(), byForm.getOrDefault(hd.form(), new Activities.Form(0, 0, 0))
                        .plus(hd.quantity(), hd.participants()));
                total++;
            }
        }
        byForm.values().removeIf(f -> f.records() == 0);
        return new Activities(total, byForm);
    }

    /**
     * The channels an item counts on: the portal always (every item of the column is on it), then
     * the ones {@code channels} says it was also shared on.
     */
    static java.util.Set<String> channels(Item item) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        out.add(StatsLabels.PORTAL);
        out.addAll(item.channels());
        return out;
    }

    /** The yearly targets of {@code site.yml} that apply to the window, each against the figure it names. */
    private List<Stats.Target> targets(Stats stats) {
        // a yearly target applies to windows that lie within one (calendar or nd09) year
        Map<String, Integer> row = config.targets().get(stats.period().to().getYear());
        if (row == null) {
            return List.of();
        }
        List<Stats.Target> out = new ArrayList<>();
        row.forEach((key, target) -> {
            Figure figure = Figure.byKey(key).orElse(null);
            out.add(figure == null
                    ? new Stats.Target(key, key, target, 0)
                    : new Stats.Target(key, figure.label(), target, figure.of(stats)));
        });
        return out;
    }

    private static Map<String, Integer> ordered(Iterable<String> keys) {
        Map<String, Integer> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, 0));
        return out;
    }
}
