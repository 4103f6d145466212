package vn.cchc.site.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import vn.cchc.site.serve.PreviewServer;
import vn.cchc.site.serve.SiteWatcher;

import java.nio.file.Path;

/**
 * What {@code serve} runs, started in the test's JVM: the preview server on a free loopback port,
 * the file watcher that rebuilds it, and a headless Chromium to look at it. Closes all three.
 */
public final class LivePreview implements AutoCloseable {
    public final PreviewServer server;
    public final ChromeDriver driver;
    private final SiteWatcher watcher;

    /**
     * @param editor also serve the web editor's local backend
     * @throws IllegalStateException when the first bake of the site fails
     */
    public LivePreview(Path site, Path preview, boolean editor, int width, int height) throws Exception {
        this(site, preview, editor, width, height, true);
    }

    /** @param mustBake whether a first bake with problems fails the constructor */
    public LivePreview(Path site, Path preview, boolean editor, int width, int height, boolean mustBake)
            throws Exception {
        server = new PreviewServer(site, preview, 0, editor);
        watcher = new SiteWatcher(site, server::rebuild);
        String problems = server.start();
        if (mustBake && !problems.isEmpty()) {
            watcher.close();
            server.close();
            throw new IllegalStateException(problems);
        }
        ChromeDriver started;
        try {
            started = Browser.start(width, height);
        } catch (Exception | Error e) {
            watcher.close();
            server.close();
            throw e;
        }
        driver = started;
    }

    public String url() {
        return server.url();
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        watcher.close();
        server.close();
    }
}
