package vn.cchc.site.bake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The output of {@code build}: pages go into a staging folder that {@link StagedOutput} swaps in for the
 * output folder only when the whole bake succeeded.
 */
final class StagedPages implements PageOutput {
    private final StagedOutput out;
    private Path staging;

    StagedPages(Path output) {
        this.out = new StagedOutput(output);
    }

    @Override
    public void prepare() throws IOException {
        out.recover();
    }

    @Override
    public Path open() throws IOException {
        staging = out.begin();
        return staging;
    }

    @Override
    public void put(String file, byte[] bytes) throws IOException {
        out.put(staging.resolve(file), bytes);
    }

    @Override
    public String read(String page) {
        return Paths.read(staging, page);
    }

    @Override
    public void commit(List<PageJob> jobs) throws IOException {
        out.commit();
    }

    @Override
    public void abort() {
        out.abort();
    }
}
