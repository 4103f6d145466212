package vn.cchc.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import vn.cchc.site.bake.BakeOptions;
import vn.cchc.site.bake.Baker;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.core.BuildFailedException;
import vn.cchc.site.check.InlineJson;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.FileChanges;
import vn.cchc.site.editor.AdminPages;
import vn.cchc.site.editor.EditorAccess;
import vn.cchc.site.editor.EditorPaths;
import vn.cchc.site.editor.LocalBackend;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The editor's preview ({@code serve}): bakes the site with drafts and scheduled items shown and
 * marked, serves it on loopback, rebuilds when {@link SiteWatcher} sees a change (a warm
 * {@link Baker} rewrites only what changed) and tells open pages to reload. When the content has
 * errors, the previous good site keeps being served and every page shows the errors, with file
 * and line, over it.
 */
public final class PreviewServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "pdf", "application/pdf");

    private final Path source;
    private final Path preview;
    private final Baker baker = new Baker();
    private final LiveReload live = new LiveReload();
    private final HttpServer server;
    private final EditorAccess access;
    private final boolean editor;
    private volatile String errors = "";
    private volatile Map<String, Long> lastPhases = Map.of();

    /**
     * @param source  the site root
     * @param preview folder the preview is baked into (never the published output)
     * @param port    port on 127.0.0.1 (0 for any free port)
     */
    public PreviewServer(Path source, Path preview, int port) throws IOException {
        this(source, preview, port, false);
    }

    /**
     * @param editor also serve the web editor's local backend ({@code /api/v1}) and a
     *               {@code /admin/config.yml} pointing Decap CMS at it, so edits in the browser
     *               become files in {@code content/}; {@code /admin/} receives this session's token,
     *               which every API call must carry (see {@link EditorAccess})
     */
    public PreviewServer(Path source, Path preview, int port, boolean editor) throws IOException {
        this.source = source;
        this.preview = preview.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "xem-thu-http");
            t.setDaemon(true);
            return t;
        }));
        access = new EditorAccess(server.getAddress().getPort());
        this.editor = editor;
        context("/__cchc/su-kien", this::events);
        context("/__cchc/tai-lai.js", ex -> send(ex, 200, "text/javascript; charset=utf-8",
                LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8)));
        context("/", this::file);
        if (editor) {
            LocalBackend backend = new LocalBackend(source);
            context("/api/v1", ex -> api(ex, backend));
            context("/admin/", this::admin);
            context("/admin/config.yml", ex -> {
                List<Problem> ignored = new java.util.ArrayList<>();
                SiteConfig config = new SiteConfigLoader().load(source, ignored);
                String yaml = new AdminPages(source, config).decap().yaml(url() + "api/v1");
                send(ex, 200, "text/yaml; charset=utf-8", yaml.getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    /**
     * {@code /admin/}: the editor's page and the bundle (the packaged one or the site's own), or, when this
     * release has no bundle, a page saying so and how to fix it; other files from the preview.
     */
    private void admin(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        SiteConfig config = new SiteConfigLoader().load(source, new java.util.ArrayList<>());
        AdminPages pages = new AdminPages(source, config);
        if (path.equals("/admin/decap-cms.js") && pages.available()) {
            send(ex, 200, "text/javascript; charset=utf-8", pages.bundle().orElseThrow());
        } else if (path.equals("/admin/") || path.equals("/admin/index.html")) {
            boolean ready = pages.available();
            send(ex, ready ? 200 : 503, "text/html; charset=utf-8",
                    (ready ? withEditorToken(AdminPages.index()) : AdminPages.MISSING).getBytes(StandardCharsets.UTF_8));
        } else {
            file(ex);
        }
    }

    /**
     * Serves {@code path} with {@code handler} behind the checks every request passes: {@code Host}
     * and {@code Origin} (see {@link EditorAccess}); a request the handler cannot make sense of (a
     * malformed path) is answered 400 rather than dropped.
     */
    private void context(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            try {
                Optional<EditorAccess.Refusal> refused = access.checkSite(ex.getRequestHeaders().getFirst("Host"),
                        ex.getRequestHeaders().getFirst("Origin"));
                if (refused.isPresent()) {
                    refuse(ex, refused.get());
                } else {
                    handler.handle(ex);
                }
            } catch (IllegalArgumentException e) {
                refuse(ex, new EditorAccess.Refusal(400, "Đường dẫn không hợp lệ."));
            }
        });
    }

    private void api(HttpExchange ex, LocalBackend backend) throws IOException {
        Optional<EditorAccess.Refusal> refused = access.checkApi(ex.getRequestMethod(),
                ex.getRequestHeaders().getFirst("Content-Type"), ex.getRequestHeaders().getFirst(EditorAccess.HEADER));
        if (refused.isPresent()) {
            refuse(ex, refused.get());
            return;
        }
        try {
            send(ex, 200, "application/json; charset=utf-8", backend.handle(ex.getRequestBody().readAllBytes()));
        } catch (EditorPaths.ForbiddenPathException e) {
            refuse(ex, new EditorAccess.Refusal(403, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            refuse(ex, new EditorAccess.Refusal(500, String.valueOf(e.getMessage())));
        }
    }

    private static void refuse(HttpExchange ex, EditorAccess.Refusal refusal) throws IOException {
        send(ex, refusal.status(), "application/json; charset=utf-8", ("{\"error\":" + InlineJson.write(
                refusal.reason()) + "}").getBytes(StandardCharsets.UTF_8));
    }

    /** Bakes once and starts serving. Returns the problems of the first bake (empty when it succeeded). */
    public String start() {
        rebuild(FileChanges.EVERYTHING);
        server.start();
        return errors;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /**
     * Rebakes the preview after {@code changes} and tells the open pages. Returns the problems as
     * text, or empty.
     */
    public synchronized String rebuild(FileChanges changes) {
        BakeOptions options = new BakeOptions(source, preview, BuildTime.from(System.getenv(), Clock.systemUTC()),
                true, false, Runtime.getRuntime().availableProcessors());
        try {
            lastPhases = baker.bake(options, changes).timings().phasesMillis();
            errors = "";
            live.reload();
        } catch (BuildFailedException e) {
            errors = e.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
            live.error(errors);
        } catch (IOException | RuntimeException e) {
            errors = "Lỗi khi tạo trang xem thử: " + e.getMessage();
            live.error(errors);
        }
        return errors;
    }

    /** Wall time of each phase of the last good rebuild, in milliseconds, in the order they ran. */
    public Map<String, Long> lastPhases() {
        return lastPhases;
    }

    /** Pages rewritten by the last good rebuild. */
    public java.util.List<String> lastWritten() {
        return baker.lastWritten();
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": xin chào\n\n".getBytes(StandardCharsets.UTF_8));
        if (!errors.isEmpty()) {
            out.write(("event: loi\ndata: " + InlineJson.write(errors) + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        live.add(out);
    }

    private void file(HttpExchange ex) throws IOException {
        String path = URLDecoder.decode(ex.getRequestURI().getPath(), StandardCharsets.UTF_8);
        Path file = preview.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(preview) || !Files.isRegularFile(file)) {
            file = preview.resolve("404.html");
            status = 404;
        }
        if (!Files.isRegularFile(file)) {
            send(ex, 503, "text/html; charset=utf-8", PreviewPages.notYetBuilt(errors));
            return;
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            String inject = "<script src=\"/__cchc/tai-lai.js\"></script>";
            int at = html.lastIndexOf("</body>");
            html = at >= 0 ? html.substring(0, at) + inject + html.substring(at) : html + inject;
            if (preview.resolve("admin/index.html").equals(file)) {
                html = withEditorToken(html);
            }
            body = html.getBytes(StandardCharsets.UTF_8);
        }
        send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    /**
     * The editor's page with this session's token handed to it (see {@link EditorAccess#adminScript()}),
     * placed before Decap's script; unchanged without {@code --editor}.
     */
    private String withEditorToken(String adminPage) {
        return editor ? adminPage.replace("<script src=\"decap-cms.js\">", access.adminScript()
                + "<script src=\"decap-cms.js\">") : adminPage;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
