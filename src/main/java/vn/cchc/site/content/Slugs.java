package vn.cchc.site.content;

/**
 * Turns Vietnamese text into readable ASCII URL slugs: {@code "Cải cách hành chính"} becomes
 * {@code cai-cach-hanh-chinh}: folded ({@link VietnameseText#fold}: no diacritics, {@code đ} → {@code d},
 * lower case), then every run of characters other than a-z and 0-9 becomes one hyphen. Pure function of
 * its input, so URLs are stable across builds.
 */
public final class Slugs {
    private Slugs() {
    }

    public static String slugify(String text) {
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
