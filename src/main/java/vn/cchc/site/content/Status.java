package vn.cchc.site.content;

/** Publication status written in {@code status}: only published items reach readers. */
public enum Status {
    PUBLISHED("published"),
    DRAFT("draft");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
