package vn.cchc.site.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import vn.cchc.site.core.Problem;

/**
 * A template could not render a page: a mistake in {@code templates/}, reported with the template,
 * its line and the page being rendered.
 */
public final class TemplateFailure extends RuntimeException {
    /** FreeMarker's refusals of {@code ?new} and {@code ?api} (see {@link FreemarkerEngine}). */
    private static final java.util.regex.Pattern SANDBOX = java.util.regex.Pattern.compile(
            "not allowed in the template for security reasons|api_builtin_enabled");
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

    /**
     * The failure as a problem of the template file at fault (the layout, when the error is in it)
     * and its line, with FreeMarker's explanation without its tips and template stack.
     */
    public Problem problem() {
        Throwable cause = getCause();
        // a template that failed to parse for another page is reported by FreeMarker's cache as "an
        // error on an earlier attempt", with the parse error as its cause
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ParseException) {
                cause = t;
                break;
            }
        }
        String template = job.template();
        int line = 0;
        String detail = String.valueOf(cause.getMessage());
        if (cause instanceof ParseException parse) {
            template = parse.getTemplateName() != null ? parse.getTemplateName() : template;
            line = parse.getLineNumber();
            detail = parse.getEditorMessage();
        } else if (cause instanceof TemplateException failed) {
            template = failed.getTemplateSourceName() != null ? failed.getTemplateSourceName() : template;
            line = failed.getLineNumber() != null ? failed.getLineNumber() : 0;
            detail = failed.getMessageWithoutStackTop();
        }
        int cut = detail.indexOf("\n----");
        detail = (cut >= 0 ? detail.substring(0, cut) : detail).strip().replaceAll("\\s*\n\\s*", " ");
        if (SANDBOX.matcher(detail).find()) {
            return Problem.error("templates/" + template, line, "Mẫu trang không được tạo đối tượng Java (?new) hay "
                    + "dùng ?api: bị chặn vì an toàn và không thể bật lại. Xóa lệnh đó khỏi mẫu (trang /" + job.path()
                    + ").");
        }
        return Problem.error("templates/" + template, line, "Mẫu trang bị lỗi khi tạo trang /" + job.path() + ": "
                + detail);
    }
}
