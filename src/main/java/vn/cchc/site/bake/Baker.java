package vn.cchc.site.bake;

import vn.cchc.site.core.BuildFailedException;
import vn.cchc.site.check.LinkChecker;
import vn.cchc.site.check.LinkTargets;
import vn.cchc.site.core.Problem;
import vn.cchc.site.check.SvgCheck;
import vn.cchc.site.check.TemplateLinkCheck;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.FileChanges;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.LoadedContent;
import vn.cchc.site.content.ReadCache;
import vn.cchc.site.content.UnparsedBody;
import vn.cchc.site.check.HtmlSanitizer;
import vn.cchc.site.editor.AdminPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The build: read and validate everything, plan the pages ({@link SitePlanner}), check links, render
 * ({@link PageRenderer}) into a {@link PageOutput}: a staged folder swapped in at the end for
 * {@code build}, the preview's folder in place for {@code serve}, nothing for {@code check}. Nothing is
 * written to a build's output unless the whole build succeeds; all problems are reported together.
 * A Baker kept between bakes redoes only what changed (warm rebuilds of the preview).
 *
 * <p>Phases (named in {@code --timings}): đọc (read), phân tích (Markdown), lập chỉ mục (index),
 * kiểm tra liên kết (links), kết xuất (render + write), hoán đổi (swap).
 */
public final class Baker {
    private final ReadCache readCache = new ReadCache();
    private final SitePlanner planner = new SitePlanner();
    private SiteConfig lastConfig;
    /** The preview's folder, kept between bakes; null until the first preview bake. */
    private InPlacePages preview;
    /** The template engine of the last preview bake, reused while templates and shared model are the same. */
    private FreemarkerEngine previewEngine;

    /**
     * @throws BuildFailedException when the input has errors (or warnings under strict); output untouched
     * @throws IOException          when the output cannot be written; output untouched
     */
    public BakeResult bake(BakeOptions options) throws BuildFailedException, IOException {
        return bake(options, BeforeSwap.NOTHING);
    }

    /** Bakes, letting {@code beforeSwap} add files to the staged site before it goes live. */
    public BakeResult bake(BakeOptions options, BeforeSwap beforeSwap) throws BuildFailedException, IOException {
        return BakePool.run(options.threads(),
                timings -> run(options, timings, outputFor(options), beforeSwap, FileChanges.EVERYTHING));
    }

    /**
     * Bakes again after {@code changes}, as a file watcher reported them: content files not named
     * there are taken as unchanged, without being looked at (the {@code serve} preview).
     */
    public BakeResult bake(BakeOptions options, FileChanges changes) throws BuildFailedException, IOException {
        return BakePool.run(options.threads(),
                timings -> run(options, timings, outputFor(options), BeforeSwap.NOTHING, changes));
    }

    /**
     * Validates content, renders every page in memory and checks links (editor links and template
     * output) exactly as a build would, without writing anything (the {@code check} command).
     */
    public BakeResult check(BakeOptions options) throws BuildFailedException, IOException {
        return BakePool.run(options.threads(),
                timings -> run(options, timings, new NoPages(), BeforeSwap.NOTHING, FileChanges.EVERYTHING));
    }

    /** Paths of the pages the last preview bake rewrote (every page after a full bake). */
    public List<String> lastWritten() {
        return preview == null ? List.of() : preview.lastWritten();
    }

    private PageOutput outputFor(BakeOptions options) {
        if (!options.preview()) {
            return new StagedPages(options.output());
        }
        if (preview == null || !preview.target().equals(options.output())) {
            preview = new InPlacePages(options.output());
        }
        return preview;
    }

    /** What a bake has once content is read, planned and its editor links checked. */
    private record Planned(SiteConfig config, LoadedContent content, SitePlanner.Indexed indexed, List<PageJob> jobs,
                           Set<String> assetPaths, LinkTargets targets) {
    }

    private BakeResult run(BakeOptions options, Timings timings, PageOutput output, BeforeSwap beforeSwap,
                           FileChanges changes) throws BuildFailedException, IOException {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Planned planned = plan(options, timings, output, changes, problems);
        return write(options, timings, output, beforeSwap, planned, problems);
    }

    /** Reads the site, plans its pages and checks the links editors wrote; throws when that finds errors. */
    private Planned plan(BakeOptions options, Timings timings, PageOutput output, FileChanges changes,
                         List<Problem> problems) throws BuildFailedException, IOException {
        Path source = options.source();
        SiteConfig config = new SiteConfigLoader().load(source, problems);
        if (!config.equals(lastConfig)) {
            readCache.clear();
            planner.clear();
            if (preview != null) {
                preview.forget();
            }
            lastConfig = config;
        }
        output.prepare();
        LoadedContent content = timings.time("đọc", () -> new ContentLoader(source, config, readCache).load(changes));
        problems.addAll(content.problems());
        problems.addAll(SvgCheck.check(source, source.resolve("assets")));
        SitePlanner.Indexed indexed = planner.index(config, content, source, options, timings);
        indexed.bodies().values().forEach(b -> problems.addAll(b.problems()));
        // Files that gave no item still have their bodies checked, and links are checked whatever failed:
        // every problem of every file is reported in one run.
        BodyProcessor unparsedBodies = new BodyProcessor(new MarkdownRenderer(), new HtmlSanitizer(config.embedHosts()));
        Map<UnparsedBody, RenderedBody> unparsed = new LinkedHashMap<>();
        content.unparsed().stream().filter(u -> u.body() != null)
                .forEach(u -> unparsed.put(u, unparsedBodies.process(u)));
        unparsed.values().forEach(b -> problems.addAll(b.problems()));
        List<PageJob> jobs = planner.pages(config, indexed, options, timings);
        Set<String> assetPaths = new AssetCopier().list(source.resolve("assets"));
        LinkTargets targets = timings.time("kiểm tra liên kết",
                () -> checkLinks(content, indexed.bodies(), unparsed, jobs, assetPaths, problems));
        if (!assetPaths.contains(config.logo())) {
            problems.add(Problem.error("site.yml", 0, "Không tìm thấy biểu trưng assets/" + config.logo()
                    + " ghi ở mục logo. Đặt tệp ảnh vào assets/, hoặc bỏ dòng logo để dùng biểu trưng mặc định."));
        }
        failIfNeeded(problems, options.strict());
        return new Planned(config, content, indexed, jobs, assetPaths, targets);
    }

    /** Renders the planned pages into {@code output} and commits it; the output is left as it was on failure. */
    private BakeResult write(BakeOptions options, Timings timings, PageOutput output, BeforeSwap beforeSwap,
                             Planned planned, List<Problem> problems) throws BuildFailedException, IOException {
        Path source = options.source();
        List<PageJob> jobs = planned.jobs();
        boolean committed = false;
        try {
            Path dir = output.open();
            if (dir != null) {
                timings.run("chép tệp tĩnh", () -> copyStatic(source, planned.config(), dir));
            }
            Map<String, Object> shared = SitePlanner.sharedModel(planned.config(), planned.indexed().index(), options);
            PageOutput.Selection selected = timings.time("so sánh",
                    () -> output.select(jobs, List.of(shared, TemplateStamp.of(source.resolve("templates")))));
            TemplateLinkCheck links = new TemplateLinkCheck(planned.targets());
            JBakeModel jbake = new JBakeModel(planned.config(), planned.indexed().index().visible(),
                    planned.indexed().index().byTag().values(), planned.indexed().bodies(), options.time().local());
            PageRenderer renderer = new PageRenderer(engine(output, selected, source), shared, jbake, links, timings);
            timings.run("kết xuất", () -> renderer.renderAll(selected.jobs(), output));
            problems.addAll(links.problems(output::read));
            if (output.failsOnRenderProblems()) {
                failIfNeeded(problems, options.strict());
            }
            List<Problem> warnings = new ArrayList<>(problems);
            warnings.sort(Problem.ORDER);
            BakeResult result = new BakeResult(planned.config(), planned.content().items(), jobs.size(),
                    jobs.size() + planned.assetPaths().size(), warnings, timings);
            if (dir != null) {
                beforeSwap.write(result, dir);
            }
            timings.run("hoán đổi", () -> commit(output, jobs));
            committed = true;
            return result;
        } finally {
            if (!committed) {
                output.abort();
            }
        }
    }

    private static void commit(PageOutput output, List<PageJob> jobs) {
        try {
            output.commit(jobs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new engine, except for the preview while neither its templates nor the shared model changed. */
    private FreemarkerEngine engine(PageOutput output, PageOutput.Selection selected, Path source)
            throws IOException {
        if (output != preview) {
            return new FreemarkerEngine(source.resolve("templates"));
        }
        if (selected.all() || previewEngine == null) {
            previewEngine = new FreemarkerEngine(source.resolve("templates"));
        }
        return previewEngine;
    }

    private static void copyStatic(Path source, SiteConfig config, Path dir) {
        try {
            new AssetCopier().copy(source.resolve("assets"), dir);
            new AdminPages(source, config).write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void failIfNeeded(List<Problem> problems, boolean strict) throws BuildFailedException {
        boolean fail;
        synchronized (problems) {
            fail = strict ? !problems.isEmpty() : problems.stream().anyMatch(Problem::isError);
        }
        if (fail) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Problem.ORDER);
            throw new BuildFailedException(sorted);
        }
    }

    /**
     * Checks the links editors wrote in bodies against the planned pages, assets and anchors. While some
     * files fail, a link whose last segment is the slug of a failed file is left alone (it would look
     * broken only because that file failed), and a failed file's own links are checked when they are
     * written from the site root (its own address is not known).
     */
    private static LinkTargets checkLinks(LoadedContent content, Map<Item, RenderedBody> rendered,
                                          Map<UnparsedBody, RenderedBody> unparsed, List<PageJob> jobs,
                                          Set<String> assetPaths, List<Problem> problems) {
        Set<String> pages = new HashSet<>();
        jobs.forEach(j -> pages.add(j.path()));
        Map<String, Set<String>> ids = new HashMap<>();
        rendered.forEach((item, body) -> ids.put(item.path(), body.ids()));
        Map<String, String> hidden = new HashMap<>();
        for (Item item : content.items()) {
            if (!pages.contains(item.path())) {
                hidden.put(item.path(), item.isDraft() ? "bản nháp " + item.file() : "bài hẹn giờ đăng " + item.file());
            }
        }
        pages.add("build-report.json");
        LinkTargets targets = new LinkTargets(pages, assetPaths, ids, hidden);
        LinkChecker checker = new LinkChecker(targets);
        Set<String> failed = new HashSet<>();
        content.unparsed().forEach(u -> failed.add(u.slug()));
        Predicate<RenderedBody.InternalLink> checked = link -> failed.isEmpty()
                || !failed.contains(lastSegment(link.target()));
        rendered.forEach((item, body) -> body.links().stream().filter(checked).forEach(link -> problems.addAll(
                checker.check(item.file(), item.path(), link.target(), link.fragment(), link.href(), link.line()))));
        unparsed.forEach((file, body) -> body.links().stream()
                .filter(link -> link.href().startsWith("/") && !link.href().startsWith("//")).filter(checked)
                .forEach(link -> problems.addAll(checker.check(file.file(), file.slug() + "/", link.target(),
                        link.fragment(), link.href(), link.line()))));
        return targets;
    }

    private static String lastSegment(String target) {
        String t = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        return t.substring(t.lastIndexOf('/') + 1);
    }
}
