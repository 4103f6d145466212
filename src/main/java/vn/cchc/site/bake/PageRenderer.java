package vn.cchc.site.bake;

import freemarker.template.TemplateException;
import org.apache.commons.io.output.StringBuilderWriter;
import vn.cchc.site.check.TemplateLinkCheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Renders page jobs with the templates, checks the links of each rendered page, and hands the bytes to
 * a {@link PageOutput}. Knows nothing of where pages go or which pages changed.
 */
final class PageRenderer {
    private final FreemarkerEngine engine;
    private final Map<String, Object> shared;
    private final JBakeModel jbake;
    private final TemplateLinkCheck links;
    private final Timings timings;

    /**
     * @param shared the model every page gets (site, navigation); a job's own model is added to it
     * @param jbake  JBake's variables, which every page also gets (our own names win)
     * @param links  collects the links of every rendered HTML page
     */
    PageRenderer(FreemarkerEngine engine, Map<String, Object> shared, JBakeModel jbake, TemplateLinkCheck links,
                 Timings timings) {
        this.engine = engine;
        this.shared = shared;
        this.jbake = jbake;
        this.links = links;
        this.timings = timings;
    }

    /**
     * Renders {@code jobs} in parallel into {@code output}. After a failure the pages after the failed one
     * are skipped, the pages before it still rendered, and the failure of the first page in order is
     * thrown (a {@link TemplateFailure} for a template error): the same error is reported whichever
     * thread got there first.
     */
    void renderAll(List<PageJob> jobs, PageOutput output) {
        AtomicInteger firstFailed = new AtomicInteger(jobs.size());
        Map<Integer, Throwable> failures = new ConcurrentHashMap<>();
        IntStream.range(0, jobs.size()).parallel().forEach(n -> {
            if (n > firstFailed.get()) {
                return;
            }
            try {
                render(jobs.get(n), output);
            } catch (RuntimeException | Error e) {
                failures.put(n, e);
                firstFailed.accumulateAndGet(n, Math::min);
            }
        });
        if (!failures.isEmpty()) {
            Throwable first = failures.get(firstFailed.get());
            if (first instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) first;
        }
    }

    /** JBake's variables of {@code job}'s page; its {@code content} titled and typed after our {@code page}. */
    private Map<String, Object> jbakeOf(PageJob job) {
        String path = job.path();
        return job.model().get("page") instanceof PageInfo page
                ? jbake.forPage(path, page.title(), page.kind())
                : jbake.forPage(path, "", job.template().replace(".ftl", ""));
    }

    /** Renders one page, checks its links, and puts it into {@code output}. */
    private void render(PageJob job, PageOutput output) {
        long start = System.nanoTime();
        Map<String, Object> model = new HashMap<>(2 * (shared.size() + job.model().size()) + 24);
        model.putAll(jbakeOf(job));
        model.putAll(shared);
        model.putAll(job.model());
        model.put("root", Paths.rootOf(job.path()));
        // not StringWriter: its StringBuffer takes a lock for each of the thousands of small writes of a page
        StringBuilderWriter writer = new StringBuilderWriter(16 * 1024);
        try {
            engine.render(model, job.template(), writer);
        } catch (IOException | TemplateException e) {
            throw new TemplateFailure(job, e);
        }
        String html = writer.toString();
        String file = Paths.file(job.path());
        if (file.endsWith(".html")) {
            links.page(job.template(), job.path(), html);
        }
        try {
            output.put(file, html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        timings.template(job.template(), System.nanoTime() - start);
    }
}
