package vn.cchc.site.content;

/**
 * Turns Vietnamese text into readable ASCII URL slugs: {@code "Cải cách hành chính"} becomes
 * {@code cai-cach-hanh-chinh}: folded ({@link VietnameseText#fold}: no diacritics, {@code đ} → {@code d},
 * lower case), then every run of characters other than a-z and 0-9 becomes one hyphen. Pure function of
 * its input, so URLs are stable across builds. A slug is at most {@value #MAX_LENGTH} characters, cut
 * after a whole word, so a long title or tag never makes a file name the file system refuses.
 */
public final class Slugs {
    public static final int MAX_LENGTH = 80;

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
        String folded = VietnameseText.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }
}
