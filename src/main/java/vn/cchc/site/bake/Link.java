package vn.cchc.site.bake;

import vn.cchc.site.content.VietnameseText;

/**
 * A labelled link to a page of the site.
 *
 * @param label text shown
 * @param path  site-relative path, folder style ({@code chuyen-de/the-che/}); templates prefix {@code root}
 * @param count number of items behind the link, or 0 where it does not apply
 */
public record Link(String label, String path, int count) {
    public Link(String label, String path) {
        this(label, path, 0);
    }

    /** The label as it reads inside a sentence ({@link VietnameseText#inSentence}). */
    public String inSentence() {
        return VietnameseText.inSentence(label);
    }
}
