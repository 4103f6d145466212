package vn.cchc.site.content;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vietnamese ordering and folding with the JDK ({@code java.text}). {@link #collator()} sorts names
 * and titles the way Vietnamese readers expect ("Đ" after "D", "Ă", "Â" after "A", tones after the
 * base letter, upper case after lower case), unlike {@code String.compareTo}. {@link #fold(String)}
 * drops diacritics and đ, for search and for URL slugs. Instances are thread-safe.
 */
public final class VietnameseText {
    /**
     * Added to the JDK's Vietnamese rules: spaces and hyphens count (the JDK ignores them, so "Hội nghị"
     * would come before "Hộ tịch"), and punctuation sorts in the order of the Unicode collation
     * algorithm's default table, before digits and letters (the apostrophe excepted: it sorts after
     * {@code $}, the JDK's rule parser refusing it in a tailoring).
     */
    private static final String PUNCTUATION = "& '_' < ' ' < '-' < ',' < ';' < ':' < '!' < '?' < '.' < '\"'"
            + " < '(' < ')' < '[' < ']' < '{' < '}' < '@' < '*' < '/' < '\\' < '&' < '#' < '%' < '`' < '^'"
            + " < '+' < '<' < '=' < '>' < '|' < '~' < '$' & ' ' < '_'";
    /** One collator per thread: {@code RuleBasedCollator} methods are synchronized. */
    private final ThreadLocal<Collator> collator;
    /**
     * Sort keys of the strings compared so far: comparing two keys is much cheaper than collating two
     * strings, and a site sorts the same titles and tags many times (and again at every warm rebuild).
     */
    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    /** The rules, parsed once (parsing takes milliseconds); never changed, only cloned. */
    private static final RuleBasedCollator VIETNAMESE = vietnamese();

    public VietnameseText() {
        this.collator = ThreadLocal.withInitial(() -> (Collator) VIETNAMESE.clone());
    }

    private static RuleBasedCollator vietnamese() {
        RuleBasedCollator base = (RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        RuleBasedCollator vietnamese;
        try {
            vietnamese = new RuleBasedCollator(base.getRules() + PUNCTUATION);
        } catch (ParseException e) {
            throw new IllegalStateException("collation rules", e);
        }
        vietnamese.setStrength(Collator.TERTIARY);
        vietnamese.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return vietnamese;
    }

    /** Comparator for Vietnamese text. */
    public Comparator<String> collator() {
        return (a, b) -> key(a).compareTo(key(b));
    }

    private CollationKey key(String text) {
        CollationKey key = keys.get(text);
        if (key == null) {
            key = collator.get().getCollationKey(text);
            keys.putIfAbsent(text, key);
        }
        return key;
    }

    /**
     * A label as it reads inside a sentence: its first letter in lower case, the rest as written, so
     * acronyms stay ("Quy trình ISO" → "quy trình ISO", "Tháng 3/2026" → "tháng 3/2026").
     */
    public static String inSentence(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
    }

    /**
     * Lower-cases and removes tone marks, diacritics and the bar of đ: {@code "Đăng ký khai sinh"} and
     * {@code "dang ky khai sinh"} fold alike, and so do {@code "hoà"} and {@code "hòa"}. The one folding
     * rule: search and {@link Slugs} use it.
     */
    public static String fold(String text) {
        String d = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
