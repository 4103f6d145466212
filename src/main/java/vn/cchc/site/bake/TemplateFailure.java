package vn.cchc.site.bake;

/**
 * A template could not render a page: a mistake in {@code templates/}, reported with the template,
 * its line and the page being rendered.
 */
public final class TemplateFailure extends RuntimeException {
    private final transient PageJob job;

    public TemplateFailure(PageJob job, Throwable cause) {
        super(cause.getMessage(), cause);
        this.job = job;
    }

    /** The path of the page that failed. */
    public String page() {
        return job.path();
    }

    public String template() {
        return job.template();
    }
}
