package vn.cchc.site.bake;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one adapter between the build and its template engine, FreeMarker: a page is a template name
 * and a model (the shared site model plus the page's own, see {@link PagePlanner}), and templates never
 * query the whole collection. Templates are read from the site's {@code templates/} folder first, then
 * from the defaults packaged in the jar, so a site may override any one file. Nothing else of the site
 * is read: no {@code jbake.properties} or other configuration file (see docs/architecture.md).
 * Templates cannot instantiate classes ({@code ?new}) or use {@code ?api}: a template that tries
 * fails the build. Thread-safe: pages are rendered from several threads.
 */
public final class FreemarkerEngine {
    /** Where the default theme lives on the class path. */
    public static final String DEFAULT_TEMPLATES = "/cchc-default/templates";

    private final Configuration freemarker;

    /** @param siteTemplates the site's {@code templates/} folder; it may be missing */
    public FreemarkerEngine(Path siteTemplates) throws IOException {
        freemarker = new Configuration(Configuration.VERSION_2_3_33);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (siteTemplates != null && Files.isDirectory(siteTemplates)) {
            loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
        }
        loaders.add(new ClassTemplateLoader(FreemarkerEngine.class, DEFAULT_TEMPLATES));
        freemarker.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocale(new Locale("vi", "VN"));
        freemarker.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setObjectWrapper(new ViewObjectWrapper(Configuration.VERSION_2_3_33));
        // templates are content: they may not create Java objects (?new of Execute runs commands) nor
        // reach the Java API behind the model (?api)
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
    }

    /**
     * Renders {@code templateName} with {@code model} into {@code writer}.
     *
     * @throws TemplateException when the template fails (a mistake in it, or a value it needs is missing)
     * @throws IOException       when the template cannot be read or does not parse
     */
    public void render(Map<String, Object> model, String templateName, Writer writer)
            throws IOException, TemplateException {
        Template template = freemarker.getTemplate(templateName);
        // feeds and sitemaps: a character XML forbids (from site.yml, a template) must never make them unreadable
        template.process(model, templateName.endsWith(".xml.ftl") ? new XmlCharFilter(writer) : writer);
    }
}
