package vn.cchc.site.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of the preview ({@code serve}): pages are written straight into its folder, and a bake
 * renders only the pages whose model changed since this output's last bake (a page's model holds
 * everything it shows), so an edit rewrites the edited item's page and the lists, feeds and neighbours
 * that show it, nothing else. Pages that are no longer planned are deleted. One instance per preview
 * folder, kept between bakes.
 */
final class InPlacePages implements PageOutput {
    private final Path target;
    private Map<String, PageJob> lastJobs = new HashMap<>();
    private Object lastShared;
    private List<String> lastWritten = List.of();
    private Selection selected;
    private Object pendingShared;

    InPlacePages(Path target) {
        this.target = target;
    }

    Path target() {
        return target;
    }

    /** Paths of the pages the last bake rewrote (every page after a full bake). */
    List<String> lastWritten() {
        return lastWritten;
    }

    /** Forgets the last bake: the next renders every page. */
    void forget() {
        lastJobs = new HashMap<>();
        lastShared = null;
    }

    @Override
    public Path open() throws IOException {
        Files.createDirectories(target);
        return target;
    }

    @Override
    public Selection select(List<PageJob> jobs, Object sharedKey) {
        boolean all = !sharedKey.equals(lastShared);
        Map<String, PageJob> previous = lastJobs;
        List<PageJob> changed = jobs.parallelStream()
                .filter(job -> all || !job.equals(previous.get(job.path()))).toList();
        selected = new Selection(changed, all);
        pendingShared = sharedKey; // the last bake's stays until this one is committed
        return selected;
    }

    @Override
    public void put(String file, byte[] bytes) throws IOException {
        StagedOutput.write(target.resolve(file), bytes);
    }

    @Override
    public String read(String page) {
        return Paths.read(target, page);
    }

    @Override
    public boolean failsOnRenderProblems() {
        return false;
    }

    @Override
    public void commit(List<PageJob> jobs) throws IOException {
        Map<String, PageJob> current = new HashMap<>();
        jobs.forEach(j -> current.put(j.path(), j));
        for (String gone : lastJobs.keySet()) {
            if (!current.containsKey(gone)) {
                Files.deleteIfExists(target.resolve(Paths.file(gone)));
            }
        }
        lastJobs = current;
        lastShared = pendingShared;
        lastWritten = selected.jobs().stream().map(PageJob::path).sorted().toList();
    }
}
