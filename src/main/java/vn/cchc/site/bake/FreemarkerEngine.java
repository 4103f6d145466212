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
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * JBake's Freemarker template engine without JBake's document database: templates receive a
 * model computed once per build (see {@link SiteModel}) and never query the whole collection,
 * which is what made stock JBake quadratic. Templates are read from the site's {@code templates/}
 * folder first, then from the defaults packaged in the jar, so a site may override any one file.
 * Templates cannot instantiate classes ({@code ?new}) or use {@code ?api}: a template that tries
 * fails the build. Thread-safe: pages are rendered from several threads.
 */
public final class FreemarkerEngine extends AbstractTemplateEngine {
    /** Where the default theme lives on the class path. */
    public static final String DEFAULT_TEMPLATES = "/cchc-default/templates";

    private final Configuration freemarker;

    public FreemarkerEngine(JBakeConfiguration jbake, Path siteTemplates) throws IOException {
        super(jbake, null);
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

    /** The JBake configuration this engine was built with. */
    public JBakeConfiguration jbakeConfiguration() {
        return config;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            // feeds and sitemaps: a character XML forbids (from site.yml, a template) must never make them unreadable
            template.process(model, templateName.endsWith(".xml.ftl") ? new XmlCharFilter(writer) : writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
