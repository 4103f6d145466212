package vn.cchc.site.bake;

import org.apache.commons.io.output.StringBuilderWriter;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import vn.cchc.site.check.BuildFailedException;
import vn.cchc.site.check.HtmlSanitizer;
import vn.cchc.site.check.SvgCheck;
import vn.cchc.site.check.LinkChecker;
import vn.cchc.site.check.LinkTargets;
import vn.cchc.site.check.PageLinkScanner;
import vn.cchc.site.check.TemplateLinkCheck;
import vn.cchc.site.check.Problem;
import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.FileChanges;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.LoadedContent;
import vn.cchc.site.content.ReadCache;
import vn.cchc.site.content.Section;
import vn.cchc.site.content.Slugs;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.editor.AdminPages;
import vn.cchc.site.search.SearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The build: read and validate everything, index once, render Markdown and pages in parallel into
 * a staging folder, check links, and swap the finished site in. Nothing is written to the output
 * unless the whole build succeeds; all problems are reported together.
 *
 * <p>Phases (named in {@code --timings}): đọc (read), phân tích (Markdown), lập chỉ mục (index),
 * kiểm tra liên kết (links), kết xuất (render + write), hoán đổi (swap).
 */
public final class Baker {
    private final VietnameseText text = new VietnameseText();
    /** Caches kept between bakes of one Baker, so a warm rebuild redoes only what changed. */
    private final ReadCache readCache = new ReadCache();
    private SiteConfig lastConfig;
    private Map<Item, RenderedBody> bodyCache = new IdentityHashMap<>();
    private Map<String, PageJob> lastJobs = new HashMap<>();
    private Object lastShared;
    private List<String> lastWritten = List.of();
    private FreemarkerEngine engine;
    /** Views of the last bake by item: a full view and its list form. */
    private IdentityHashMap<Item, Views> lastViews = new IdentityHashMap<>();
    /** Page jobs of the last plan, reused when what they show is the same objects. */
    private final PlanMemo memo = new PlanMemo();
    /** Slugs of the tags seen so far (a handful of distinct tags, used by thousands of items). */
    private final Map<String, String> tagSlugs = new HashMap<>();
    /** The search index keeps the entries of unchanged items between bakes. */
    private final SearchIndex search = new SearchIndex();

    /**
     * @throws BuildFailedException when the input has errors (or warnings under strict); output untouched
     * @throws IOException          when the output cannot be written; output untouched
     */
    public BakeResult bake(BakeOptions options) throws BuildFailedException, IOException {
        return bake(options, BeforeSwap.NOTHING);
    }

    /** Bakes, letting {@code beforeSwap} add files to the staged site before it goes live. */
    public BakeResult bake(BakeOptions options, BeforeSwap beforeSwap) throws BuildFailedException, IOException {
        return inPool(options, timings -> run(options, timings, beforeSwap, false, FileChanges.EVERYTHING));
    }

    /**
     * Bakes again after {@code changes}, as a file watcher reported them: content files not named
     * there are taken as unchanged, without being looked at (the {@code serve} preview).
     */
    public BakeResult bake(BakeOptions options, FileChanges changes) throws BuildFailedException, IOException {
        return inPool(options, timings -> run(options, timings, BeforeSwap.NOTHING, false, changes));
    }

    /**
     * Validates content, renders every page in memory and checks links (editor links and template
     * output) exactly as a build would, without writing anything (the {@code check} command).
     */
    public BakeResult check(BakeOptions options) throws BuildFailedException, IOException {
        return inPool(options, timings -> run(options, timings, BeforeSwap.NOTHING, true, FileChanges.EVERYTHING));
    }

    private interface Phase {
        BakeResult run(Timings timings) throws Exception;
    }

    private BakeResult inPool(BakeOptions options, Phase phase) throws BuildFailedException, IOException {
        Timings timings = new Timings();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            return pool.submit(() -> phase.run(timings)).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // ForkJoinPool wraps a checked exception of a Callable in a RuntimeException
            while (cause instanceof RuntimeException && !(cause instanceof UncheckedIOException)
                    && !(cause instanceof TemplateFailure) && cause.getCause() instanceof Exception inner) {
                cause = inner;
            }
            if (cause instanceof BuildFailedException b) {
                throw b;
            }
            if (cause instanceof TemplateFailure t) {
                throw new BuildFailedException(List.of(t.problem()));
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            // let every task end before returning: a page of a failed build must not be written later
            // into a folder that the next build (serve, tests) may already have taken over
            pool.shutdown();
            try {
                pool.awaitTermination(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Renders {@code jobs} in parallel. After a failure the pages after the failed one are skipped, the
     * pages before it still rendered, and the failure of the first page in order is thrown: the same
     * error is reported whichever thread got there first.
     */
    private static void renderAll(List<PageJob> jobs, java.util.function.Consumer<PageJob> render) {
        java.util.concurrent.atomic.AtomicInteger firstFailed = new java.util.concurrent.atomic.AtomicInteger(jobs.size());
        java.util.concurrent.ConcurrentHashMap<Integer, Throwable> failures = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, jobs.size()).parallel().forEach(n -> {
            if (n > firstFailed.get()) {
                return;
            }
            try {
                render.accept(jobs.get(n));
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

    private BakeResult run(BakeOptions options, Timings timings, BeforeSwap beforeSwap, boolean dryRun,
                           FileChanges changes) throws BuildFailedException, IOException {
        Path source = options.source();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        SiteConfig config = new SiteConfigLoader().load(source, problems);
        if (!config.equals(lastConfig)) {
            readCache.clear();
            bodyCache = new IdentityHashMap<>();
            lastJobs = new HashMap<>();
            lastViews = new IdentityHashMap<>();
            memo.clear();
            lastConfig = config;
        }
        if (!options.preview() && !dryRun) {
            new StagedOutput(options.output()).recover();
        }
        LoadedContent content = timings.time("đọc", () -> new ContentLoader(source, config, readCache).load(changes));
        problems.addAll(content.problems());
        problems.addAll(SvgCheck.check(source, source.resolve("assets")));

        SiteIndex index = timings.time("lập chỉ mục", () -> new SiteIndex(content.items(), options.time().local(),
                options.preview(), config.pillars().keys(), text, tag -> tagSlugs.computeIfAbsent(tag, Slugs::slugify)));
        BodyProcessor bodies = new BodyProcessor(new MarkdownRenderer(), new HtmlSanitizer(config.embedHosts()),
                new ImageSizes(source.resolve("assets")));
        Map<Item, RenderedBody> known = bodyCache;
        Map<Item, RenderedBody> rendered = timings.time("phân tích", () -> {
            // keyed by identity: an unchanged file gives the same Item instance (ReadCache), and hashing
            // records would hash every body
            List<Item> visible = index.visible();
            RenderedBody[] out = new RenderedBody[visible.size()];
            java.util.stream.IntStream.range(0, out.length).parallel().forEach(n -> {
                RenderedBody body = known.get(visible.get(n));
                out[n] = body != null ? body : bodies.process(visible.get(n));
            });
            Map<Item, RenderedBody> map = new IdentityHashMap<>(out.length * 2);
            for (int n = 0; n < out.length; n++) {
                map.put(visible.get(n), out[n]);
            }
            return map;
        });
        bodyCache = rendered;
        rendered.values().forEach(b -> problems.addAll(b.problems()));
        // Errors so far are reported together with the body problems of the files that did parse; links are
        // checked only when every file parsed (a link to a file that failed would look broken).
        failIfNeeded(problems, false);

        List<PageJob> jobs = plan(config, index, rendered, options, timings);

        AssetCopier assets = new AssetCopier();
        Path assetDir = source.resolve("assets");
        Set<String> assetPaths = assets.list(assetDir);
        LinkTargets targets = timings.time("kiểm tra liên kết", () -> checkLinks(content, rendered, jobs, assetPaths,
                problems));
        failIfNeeded(problems, options.strict());
        if (dryRun) {
            // render every page in memory, for template errors and the links of template output
            FreemarkerEngine engine = new FreemarkerEngine(jbakeConfiguration(source, options.output()),
                    source.resolve("templates"));
            Map<String, Object> shared = sharedModel(config, index, options);
            TemplateLinkCheck links = new TemplateLinkCheck(targets);
            timings.run("kết xuất", () -> renderAll(jobs, job -> render(engine, shared, job, null, timings, links)));
            problems.addAll(links.problems(page -> null));
            failIfNeeded(problems, options.strict());
            List<Problem> warnings = new ArrayList<>(problems);
            warnings.sort(Problem.ORDER);
            return new BakeResult(config, content.items(), jobs.size(), jobs.size() + assetPaths.size(), warnings,
                    timings);
        }

        if (options.preview()) {
            return writeInPlace(options, timings, beforeSwap, config, content, index, jobs, assets, assetDir,
                    assetPaths, problems, targets);
        }
        StagedOutput out = new StagedOutput(options.output());
        Path staging = out.begin();
        boolean committed = false;
        BakeResult result;
        try {
            timings.run("chép tệp tĩnh", () -> {
                try {
                    assets.copy(assetDir, staging);
                    new AdminPages(source, config).write(staging);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            FreemarkerEngine engine = new FreemarkerEngine(jbakeConfiguration(source, options.output()),
                    source.resolve("templates"));
            Map<String, Object> shared = sharedModel(config, index, options);
            TemplateLinkCheck links = new TemplateLinkCheck(targets);
            timings.run("kết xuất", () -> renderAll(jobs, job -> render(engine, shared, job,
                    (file, bytes) -> out.put(staging.resolve(file), bytes), timings, links)));
            problems.addAll(links.problems(page -> readPage(staging, page)));
            failIfNeeded(problems, options.strict());
            List<Problem> warnings = new ArrayList<>(problems);
            warnings.sort(Problem.ORDER);
            result = new BakeResult(config, content.items(), jobs.size(), jobs.size() + assetPaths.size(), warnings,
                    timings);
            beforeSwap.write(result, staging);
            timings.run("hoán đổi", () -> {
                try {
                    out.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            committed = true;
        } finally {
            if (!committed) {
                out.abort();
            }
        }
        return result;
    }

    /**
     * The preview ({@code serve}) writes straight into its folder and re-renders only pages whose model
     * changed since the last bake of this Baker (the model holds everything a page shows), so an edit
     * rewrites the edited item's page and the lists, feeds and neighbours that show it, nothing else.
     */
    private BakeResult writeInPlace(BakeOptions options, Timings timings, BeforeSwap beforeSwap, SiteConfig config,
                                    LoadedContent content, SiteIndex index, List<PageJob> jobs, AssetCopier assets,
                                    Path assetDir, Set<String> assetPaths, List<Problem> problems,
                                    LinkTargets targets) throws IOException {
        Path target = options.output();
        Files.createDirectories(target);
        timings.run("chép tệp tĩnh", () -> {
            try {
                assets.copy(assetDir, target);
                new AdminPages(options.source(), config).write(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Map<String, Object> shared = sharedModel(config, index, options);
        List<Object> sharedKey = List.of(shared, TemplateStamp.of(options.source().resolve("templates")));
        boolean allChanged = !sharedKey.equals(lastShared);
        Map<String, PageJob> previous = lastJobs;
        List<PageJob> changed = timings.time("so sánh", () -> jobs.parallelStream()
                .filter(job -> allChanged || !same(job, previous.get(job.path()))).toList());
        if (allChanged || engine == null) {
            engine = new FreemarkerEngine(jbakeConfiguration(options.source(), target),
                    options.source().resolve("templates"));
        }
        FreemarkerEngine engine = this.engine;
        TemplateLinkCheck links = new TemplateLinkCheck(targets);
        timings.run("kết xuất", () -> renderAll(changed, job -> render(engine, shared, job,
                (file, bytes) -> StagedOutput.write(target.resolve(file), bytes), timings, links)));
        problems.addAll(links.problems(page -> readPage(target, page)));
        Map<String, PageJob> current = new HashMap<>();
        jobs.forEach(j -> current.put(j.path(), j));
        for (String gone : previous.keySet()) {
            if (!current.containsKey(gone)) {
                Files.deleteIfExists(target.resolve(Paths.file(gone)));
            }
        }
        lastJobs = current;
        lastShared = sharedKey;
        lastWritten = changed.stream().map(PageJob::path).sorted().toList();
        List<Problem> warnings = new ArrayList<>(problems);
        warnings.sort(Problem.ORDER);
        BakeResult result = new BakeResult(config, content.items(), jobs.size(), jobs.size() + assetPaths.size(),
                warnings, timings);
        beforeSwap.write(result, target);
        return result;
    }

    /** An item's views in one bake, and the linked items its full view shows (procedures and processes). */
    private record Views(ItemView full, ItemView summary, boolean scheduled, Object links) {
    }

    private List<PageJob> plan(SiteConfig config, SiteIndex index, Map<Item, RenderedBody> rendered,
                                      BakeOptions options, Timings timings) {
        ViewFactory factory = new ViewFactory(config, index, options.time().local());
        Map<Item, ItemView> views = new IdentityHashMap<>();
        Map<Item, ItemView> summaries = new IdentityHashMap<>();
        IdentityHashMap<Item, Views> known = lastViews;
        IdentityHashMap<Item, Views> current = new IdentityHashMap<>();
        timings.run("lập kế hoạch: bài", () -> {
            List<Item> visible = index.visible();
            // views are made in parallel, in order (the factory and the maps read here are not written meanwhile)
            List<Views> made = visible.parallelStream().map(item -> {
                Views pair = known.get(item);
                // an unchanged file gives the same Item instance (ReadCache): its views are reused, so page
                // models are made from, and compare by, the same instances
                boolean scheduled = item.scheduledAfter(options.time().local());
                Object links = factory.links(item);
                if (pair == null || pair.scheduled() != scheduled || !PlanMemo.same(pair.links(), links)) {
                    ItemView view = factory.view(item, rendered.get(item));
                    pair = pair != null && pair.full().equals(view)
                            ? new Views(pair.full(), pair.summary(), scheduled, links)
                            : new Views(view, view.withoutBody(), scheduled, links);
                }
                return pair;
            }).toList();
            for (int n = 0; n < made.size(); n++) {
                Item item = visible.get(n);
                current.put(item, made.get(n));
                views.put(item, made.get(n).full());
                summaries.put(item, made.get(n).summary());
            }
        });
        lastViews = current;
        PagePlanner planner = new PagePlanner(config, index, summaries::get, views::get, search, memo);
        List<PageJob> jobs = new ArrayList<>(timings.time("lập kế hoạch: trang", planner::plan));
        if (config.statsPage()) {
            jobs.addAll(timings.time("lập kế hoạch: thống kê", () -> planner.statsPages(options.time().local())));
        }
        jobs.add(planner.sitemap(jobs, lastModified(index)));
        memo.finish();
        return jobs;
    }

    private static boolean same(PageJob job, PageJob before) {
        return job == before || job.equals(before);
    }

    /** Paths of the pages the last preview bake rewrote (every page after a full bake). */
    public List<String> lastWritten() {
        return lastWritten;
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

    private static JBakeConfiguration jbakeConfiguration(Path source, Path output) {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(), output.toFile(), false);
    }

    private LinkTargets checkLinks(LoadedContent content, Map<Item, RenderedBody> rendered, List<PageJob> jobs,
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
        rendered.forEach((item, body) -> body.links().forEach(link -> problems.addAll(
                checker.check(item.file(), item.path(), link.target(), link.fragment(), link.href(), link.line()))));
        return targets;
    }

    private static Map<String, String> lastModified(SiteIndex index) {
        Map<String, String> out = new HashMap<>();
        for (Item item : index.visible()) {
            if (item.date() != null) {
                out.put(item.path(), item.date().toLocalDate().toString());
            }
        }
        return out;
    }

    private static Map<String, Object> sharedModel(SiteConfig config, SiteIndex index, BakeOptions options) {
        List<Link> nav = new ArrayList<>();
        nav.add(new Link("Trang chủ", ""));
        for (Section s : Section.values()) {
            if (s.listed()) {
                nav.add(new Link(s.title(), s.slug() + "/"));
            }
        }
        if (config.statsPage()) {
            nav.add(new Link("Thống kê", "thong-ke/"));
        }
        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("site", new SiteView(config.title(), config.ward(), config.parent(), config.baseUrl(),
                config.address(), config.hotline(), config.email(), List.copyOf(nav), config.statsPage(),
                options.time().local().getYear(), options.preview()));
        shared.put("trangList", index.section(Section.TRANG).stream()
                .map(i -> new Link(i.title(), i.path())).toList());
        return shared;
    }

    /** The HTML of a page written into {@code dir}, or null. */
    private static String readPage(Path dir, String page) {
        try {
            return Files.readString(dir.resolve(Paths.file(page)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Where rendered pages go: a file path relative to the site root, and its bytes. */
    private interface PageSink {
        void write(String file, byte[] bytes) throws IOException;
    }

    /** Renders one page, checks its links, and hands it to {@code sink} (nowhere when null). */
    private static void render(FreemarkerEngine engine, Map<String, Object> shared, PageJob job, PageSink sink,
                               Timings timings, TemplateLinkCheck links) {
        long start = System.nanoTime();
        TemplateModel model = new TemplateModel();
        model.putAll(shared);
        model.putAll(job.model());
        model.put("root", Paths.rootOf(job.path()));
        // not StringWriter: its StringBuffer takes a lock for each of the thousands of small writes of a page
        StringBuilderWriter writer = new StringBuilderWriter(16 * 1024);
        try {
            engine.renderDocument(model, job.template(), writer);
        } catch (RenderingException e) {
            throw new TemplateFailure(job, e.getCause() == null ? e : e.getCause());
        }
        String html = writer.toString();
        if (Paths.file(job.path()).endsWith(".html")) {
            links.page(job.template(), job.path(), html);
        }
        if (sink != null) {
            try {
                sink.write(Paths.file(job.path()), html.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        timings.template(job.template(), System.nanoTime() - start);
    }
}
