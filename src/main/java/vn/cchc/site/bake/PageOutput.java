package vn.cchc.site.bake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a bake puts its pages. {@link Baker} plans and renders the same way whatever the output; the
 * output decides what becomes of the bytes: a staged folder swapped in at the end ({@code build}), the
 * preview's folder written in place ({@code serve}), or nothing ({@code check}).
 *
 * <p>Order of calls in one bake: {@link #prepare()}, then {@link #open()}; the pages to render
 * ({@link #select}), {@link #put} from several threads, {@link #read} for anchors, and either
 * {@link #commit} or {@link #abort()}.
 */
interface PageOutput {
    /** Before content is read: puts the folder back in order after an interrupted build. */
    default void prepare() throws IOException {
    }

    /** Starts writing; returns the folder static files and extra files go into, or null when none. */
    Path open() throws IOException;

    /**
     * The pages that must be rendered this time: all of them, except for an output that keeps the
     * pages of its last bake and so needs only those whose model or shared model changed.
     */
    default Selection select(List<PageJob> jobs, Object sharedKey) {
        return new Selection(jobs, true);
    }

    /** Puts a rendered page ({@code file} relative to the site root). Safe to call from several threads. */
    void put(String file, byte[] bytes) throws IOException;

    /** The HTML of a page this bake put, or null (anchors of template links are checked in it). */
    String read(String page);

    /** Whether the problems found while rendering fail the bake (not for the preview, which shows them). */
    default boolean failsOnRenderProblems() {
        return true;
    }

    /** Makes the bake's pages the site: every job of {@code jobs} was selected and put. */
    void commit(List<PageJob> jobs) throws IOException;

    /** The bake failed: whatever readers see stays as it was. */
    default void abort() {
    }

    /**
     * Pages to render.
     *
     * @param jobs the jobs, in plan order
     * @param all  whether every page is rendered (so cached engines and models are not trusted)
     */
    record Selection(List<PageJob> jobs, boolean all) {
    }
}
