package vn.cchc.site.content;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;

/**
 * Vietnamese ordering and folding with ICU4J. {@link #collator()} sorts names and titles the way
 * Vietnamese readers expect ("Đ" after "D", tones after the base letter), unlike
 * {@code String.compareTo}. {@link #fold(String)} drops diacritics and đ for search.
 * Instances are immutable and thread-safe (the collator is frozen).
 */
public final class VietnameseText {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private final Collator collator;

    public VietnameseText() {
        Collator c = Collator.getInstance(new ULocale("vi", "VN"));
        c.setStrength(Collator.TERTIARY);
        this.collator = c.freeze();
    }

    /** Comparator for Vietnamese text. */
    public Comparator<String> collator() {
        return collator::compare;
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
     * {@code "dang ky khai sinh"} fold alike, and so do {@code "hoà"} and {@code "hòa"}.
     */
    public static String fold(String text) {
        String d = NFD.normalize(text.replace('đ', 'd').replace('Đ', 'D'));
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
