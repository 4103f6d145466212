package vn.cchc.site.core;

/** How bad a {@link Problem} is: errors fail the build, warnings only fail it under {@code --strict}. */
public enum Severity {
    ERROR("lỗi"),
    WARNING("cảnh báo");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Vietnamese word printed before the message, e.g. {@code lỗi}. */
    public String label() {
        return label;
    }
}
