package vn.cchc.site.bake;

import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Details;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.Section;
import vn.cchc.site.content.Slugs;
import vn.cchc.site.content.VietnameseText;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every grouping the site needs, computed once per build from the visible items: sections,
 * pillars, tags, years and months, neighbours for previous/next, and the links between procedures
 * and ISO processes. Templates read from here and never search the collection themselves.
 */
public final class SiteIndex {
    /** A tag: its first-seen spelling and its items. */
    public record Tag(String label, String slug, List<Item> items) {
    }

    private final List<Item> visible;
    private final List<Item> records = new ArrayList<>();
    private final Map<Section, List<Item>> bySection = new EnumMap<>(Section.class);
    private final Map<String, List<Item>> byPillar = new LinkedHashMap<>();
    private final Map<String, Tag> byTag;
    private final TreeMap<Integer, List<Item>> byYear = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<YearMonth, List<Item>> byMonth = new TreeMap<>(Comparator.reverseOrder());
    private final Map<Item, Item> older = new IdentityHashMap<>();
    private final Map<Item, Item> newer = new IdentityHashMap<>();
    private final Map<String, Item> procedureByCode = new HashMap<>();
    private final Map<String, List<Item>> processesByProcedure = new HashMap<>();

    /**
     * @param items   all loaded items
     * @param now     the build's now (Vietnam time)
     * @param preview true to include drafts and scheduled items (the {@code serve} preview)
     * @param pillars pillar keys in display order
     */
    public SiteIndex(List<Item> items, LocalDateTime now, boolean preview, Iterable<String> pillars,
                     VietnameseText text) {
        this(items, now, preview, pillars, text, Slugs::slugify);
    }

    /** @param tagSlugs the slug of a tag (a warm Baker passes one that remembers them) */
    SiteIndex(List<Item> items, LocalDateTime now, boolean preview, Iterable<String> pillars,
              VietnameseText text, java.util.function.Function<String, String> tagSlugs) {
        Comparator<String> vi = text.collator();
        Comparator<Item> newestFirst = Comparator.comparing(SiteIndex::sortDate, Comparator.reverseOrder())
                .thenComparing(Item::title, vi).thenComparing(Item::path);
        this.visible = selectVisible(items, now, preview, newestFirst);
        for (Section s : Section.values()) {
            bySection.put(s, new ArrayList<>());
        }
        for (String p : pillars) {
            byPillar.put(p, new ArrayList<>());
        }
        Map<String, Tag> tags = new HashMap<>();
        for (Item item : visible) {
            group(item, tags, tagSlugs);
        }
        this.byTag = ordered(tags, vi);
        linkNeighbours();
        sortListedSections(vi);
    }

    /** The items the site shows, newest first; fills {@link #records} with the visible records. */
    private List<Item> selectVisible(List<Item> items, LocalDateTime now, boolean preview,
                                     Comparator<Item> newestFirst) {
        List<Item> list = new ArrayList<>();
        for (Item item : items) {
            if (item.type().published() && (preview || item.visibleAt(now))) {
                list.add(item);
            } else if (!item.type().published() && item.visibleAt(now)) {
                records.add(item);
            }
        }
        list.sort(newestFirst);
        records.sort(newestFirst);
        return Collections.unmodifiableList(list);
    }

    /** Puts one visible item in its section and, unless it is a page, in every other grouping. */
    private void group(Item item, Map<String, Tag> tags, java.util.function.Function<String, String> tagSlugs) {
        bySection.get(item.type().section()).add(item);
        if (item.type() == ContentType.TRANG) {
            return;
        }
        for (String p : item.pillars()) {
            byPillar.computeIfAbsent(p, k -> new ArrayList<>()).add(item);
        }
        for (String t : item.tags()) {
            String slug = tagSlugs.apply(t);
            if (!slug.isEmpty()) {
                tags.computeIfAbsent(slug, s -> new Tag(t, s, new ArrayList<>())).items().add(item);
            }
        }
        if (item.date() != null) {
            byYear.computeIfAbsent(item.date().getYear(), y -> new ArrayList<>()).add(item);
            byMonth.computeIfAbsent(YearMonth.from(item.date()), m -> new ArrayList<>()).add(item);
        }
        if (item.details() instanceof Details.ThuTuc tt) {
            procedureByCode.putIfAbsent(tt.code(), item);
        }
        if (item.details() instanceof Details.QuyTrinh qt && qt.procedure() != null) {
            processesByProcedure.computeIfAbsent(qt.procedure(), k -> new ArrayList<>()).add(item);
        }
    }

    /** Tags by slug, in Vietnamese order of their labels. */
    private static Map<String, Tag> ordered(Map<String, Tag> tags, Comparator<String> vi) {
        List<Tag> sortedTags = new ArrayList<>(tags.values());
        sortedTags.sort(Comparator.comparing(Tag::label, vi).thenComparing(Tag::slug));
        Map<String, Tag> orderedTags = new LinkedHashMap<>();
        sortedTags.forEach(t -> orderedTags.put(t.slug(), t));
        return Collections.unmodifiableMap(orderedTags);
    }

    /** Previous/next within each section, in date order (before the listing sorts below). */
    private void linkNeighbours() {
        for (List<Item> section : bySection.values()) {
            for (int i = 0; i < section.size(); i++) {
                if (i + 1 < section.size()) {
                    older.put(section.get(i), section.get(i + 1));
                }
                if (i > 0) {
                    newer.put(section.get(i), section.get(i - 1));
                }
            }
        }
    }

    /** Procedures by field, processes by code, pages by title: the order their lists show. */
    private void sortListedSections(Comparator<String> vi) {
        bySection.get(Section.THU_TUC).sort(Comparator
                .comparing((Item i) -> ((Details.ThuTuc) i.details()).field(), vi)
                .thenComparing(Item::title, vi).thenComparing(Item::path));
        bySection.get(Section.QUY_TRINH).sort(Comparator
                .comparing((Item i) -> ((Details.QuyTrinh) i.details()).code(), SiteIndex::compareCodes)
                .thenComparing(Item::path));
        bySection.get(Section.TRANG).sort(Comparator.comparing(Item::title, vi));
    }

    private static LocalDateTime sortDate(Item item) {
        return item.date() == null ? LocalDateTime.MIN : item.date();
    }

    /** Compares codes like QT-2 and QT-10 by their first number, then as text. */
    static int compareCodes(String a, String b) {
        int c = Long.compare(firstNumber(a), firstNumber(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private static long firstNumber(String code) {
        long n = 0;
        boolean seen = false;
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch >= '0' && ch <= '9') {
                n = Math.min(n * 10 + (ch - '0'), Long.MAX_VALUE / 20);
                seen = true;
            } else if (seen) {
                break;
            }
        }
        return seen ? n : Long.MAX_VALUE;
    }

    /** Records that are not pages ({@code hoat-dong}), published and not dated after now, newest first. */
    public List<Item> records() {
        return Collections.unmodifiableList(records);
    }

    /** Visible items, newest first. */
    public List<Item> visible() {
        return visible;
    }

    /** Items of a section in its display order (news newest first, procedures by field, processes by code). */
    public List<Item> section(Section section) {
        return bySection.get(section);
    }

    /** Items filed under each pillar key, newest first, in configured order. */
    public Map<String, List<Item>> byPillar() {
        return byPillar;
    }

    /** Tags by slug, in Vietnamese order of their labels. */
    public Map<String, Tag> byTag() {
        return byTag;
    }

    /** Dated items by year, newest year first. */
    public Map<Integer, List<Item>> byYear() {
        return byYear;
    }

    /** Dated items by month, newest first. */
    public Map<YearMonth, List<Item>> byMonth() {
        return byMonth;
    }

    /** The next older item of the same section, or null. */
    public Item older(Item item) {
        return older.get(item);
    }

    /** The next newer item of the same section, or null. */
    public Item newer(Item item) {
        return newer.get(item);
    }

    /** The procedure with that mã TTHC, or null. */
    public Item procedure(String code) {
        return procedureByCode.get(code);
    }

    /** ISO processes that implement the procedure with that code. */
    public List<Item> processesOf(String code) {
        return processesByProcedure.getOrDefault(code, List.of());
    }
}
