package vn.cchc.site.content;

import com.ibm.icu.text.Normalizer2;

/**
 * Turns Vietnamese text into readable ASCII URL slugs: {@code "Cải cách hành chính"} becomes
 * {@code cai-cach-hanh-chinh}, {@code đ} becomes {@code d}. Pure function of its input, so URLs are
 * stable across builds. A slug is at most {@value #MAX_LENGTH} characters, cut after a whole word,
 * so a long title or tag never makes a file name the file system refuses.
 */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private Slugs() {
    }

    /** The slug of {@code text}: ASCII letters, digits and single dashes, at most {@link #MAX_LENGTH} characters. */
    public static String slugify(String text) {
        return shorten(full(text));
    }

    /** Whether the slug of {@code text} is whole, not cut to {@link #MAX_LENGTH} characters. */
    public static boolean fits(String text) {
        return full(text).length() <= MAX_LENGTH;
    }

    private static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int dash = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, dash > MAX_LENGTH / 2 ? dash : MAX_LENGTH);
    }

    private static String full(String text) {
        String decomposed = NFD.normalize(text.replace('đ', 'd').replace('Đ', 'D'));
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean dash = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(lower);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }
}
