package vn.cchc.site.bake;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes extra files into the staged site once every page is rendered and before it is swapped in
 * (the build report, for example), so they are part of the same atomic publication.
 */
@FunctionalInterface
public interface BeforeSwap {
    BeforeSwap NOTHING = (result, staging) -> { };

    void write(BakeResult result, Path staging) throws IOException;
}
