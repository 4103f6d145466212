package vn.cchc.site.bake;

import java.nio.file.Path;
import java.util.List;

/** The output of {@code check}: every page is rendered (template errors, template links) and dropped. */
final class NoPages implements PageOutput {
    @Override
    public Path open() {
        return null;
    }

    @Override
    public void put(String file, byte[] bytes) {
        // rendered for its problems only
    }

    @Override
    public String read(String page) {
        return null;
    }

    @Override
    public void commit(List<PageJob> jobs) {
        // nothing was written
    }
}
