package vn.cchc.site.search;

import vn.cchc.site.check.InlineJson;
import vn.cchc.site.content.Details;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.content.VnDates;

import java.util.List;

/**
 * The site-search index, written at build time as a small script ({@code tim-kiem/chi-muc.js}) so
 * search works on the static site without a server, even opened from disk. Each entry holds the
 * title, path, type, date and one folded text (no diacritics, no đ, lower case: see
 * {@link VietnameseText#fold}) of the codes, field, tags and the start of the summary (the page
 * script folds the title itself, so it is not stored twice);
 * the page script folds the query the same way, so "khai sinh", "dang ky khai sinh" and
 * "Đăng ký khai sinh" all find "Đăng ký khai sinh", and "hoà"/"hòa" match.
 * Only the items given (the visible ones) are indexed: never drafts or scheduled items.
 */
public final class SearchIndex {
    /** Characters of the summary kept in the index: enough to find an item, small enough for phones. */
    static final int SUMMARY_CHARS = 60;

    /** Entries of the last call, by item: an unchanged file gives the same Item instance. */
    private java.util.IdentityHashMap<Item, List<String>> previous = new java.util.IdentityHashMap<>();

    /**
     * One entry per item, in the order given: [title, path, type label, dd/MM/yyyy, folded text other
     * than the title]. Entries of items seen by the last call are reused; new ones are made in parallel.
     */
    public List<List<String>> entries(List<Item> items, java.util.function.Function<Item, String> summary) {
        java.util.IdentityHashMap<Item, List<String>> known = previous;
        List<List<String>> made = items.parallelStream().map(item -> {
            List<String> entry = known.get(item);
            return entry != null ? entry : entry(item, summary.apply(item));
        }).toList();
        java.util.IdentityHashMap<Item, List<String>> current = new java.util.IdentityHashMap<>(made.size() * 2);
        for (int n = 0; n < made.size(); n++) {
            current.put(items.get(n), made.get(n));
        }
        previous = current;
        return made;
    }

    private static List<String> entry(Item item, String summary) {
        StringBuilder text = new StringBuilder();
        if (item.details() instanceof Details.ThuTuc t) {
            text.append(' ').append(t.code()).append(' ').append(t.field());
        } else if (item.details() instanceof Details.VanBan v) {
            text.append(' ').append(v.number()).append(' ').append(v.issuer());
        } else if (item.details() instanceof Details.QuyTrinh q) {
            text.append(' ').append(q.code());
        }
        item.tags().forEach(t -> text.append(' ').append(t));
        text.append(' ').append(summary.length() > SUMMARY_CHARS ? summary.substring(0, SUMMARY_CHARS) : summary);
        return List.of(item.title(), item.path(), item.type().label(),
                item.date() == null ? "" : VnDates.shortDate(item.date().toLocalDate()),
                squeeze(VietnameseText.fold(text.toString())));
    }

    /** Folds runs of white space into one space, trimmed. */
    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index as a script assigning {@code window.CHI_MUC_TIM_KIEM}. */
    public String script(List<List<String>> entries) {
        return "window.CHI_MUC_TIM_KIEM=" + InlineJson.write(entries) + ";\n";
    }
}
