package vn.cchc.site.content;

import com.ibm.icu.text.Normalizer2;

/**
 * Turns Vietnamese text into readable ASCII URL slugs: {@code "Cải cách hành chính"} becomes
 * {@code cai-cach-hanh-chinh}, {@code đ} becomes {@code d}. Pure function of its input, so URLs are
 * stable across builds.
 */
public final class Slugs {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private Slugs() {
    }

    public static String slugify(String text) {
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
