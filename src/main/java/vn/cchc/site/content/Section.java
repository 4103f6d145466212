package vn.cchc.site.content;

/**
 * A part of the site that lists items of one or more types, with its URL path segment.
 * {@link #TRANG} pages live at the site root and have no list.
 */
public enum Section {
    TIN_TUC("tin-tuc", "Tin tức"),
    THONG_BAO("thong-bao", "Thông báo"),
    VAN_BAN("van-ban", "Văn bản chỉ đạo, điều hành"),
    THU_TUC("thu-tuc", "Thủ tục hành chính"),
    QUY_TRINH("quy-trinh-iso", "Quy trình ISO 9001:2015"),
    /** Records of propaganda outside the column: no pages, no list. */
    HOAT_DONG("hoat-dong", "Hoạt động tuyên truyền"),
    TRANG("", "Trang");

    private final String slug;
    private final String title;

    Section(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** URL path segment, e.g. {@code tin-tuc}; empty for root pages. */
    public String slug() {
        return slug;
    }

    /** Vietnamese heading of the section. */
    public String title() {
        return title;
    }

    /** Path of an item of this section relative to the site root, folder style: {@code tin-tuc/abc/}. */
    public String itemPath(String itemSlug) {
        return slug.isEmpty() ? itemSlug + "/" : slug + "/" + itemSlug + "/";
    }

    public boolean listed() {
        return this != TRANG && this != HOAT_DONG;
    }
}
