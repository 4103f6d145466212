package vn.cchc.site.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The corpus generator {@code bench/gen-corpus.py} (a copy of {@code ../shared/tools/gen-corpus.py}). */
public final class SharedTools {
    private SharedTools() {
    }

    /** {@code bench/gen-corpus.py} of this checkout (tests run in the project folder). */
    public static Path genCorpus() {
        Path script = Path.of("bench/gen-corpus.py").toAbsolutePath();
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " not found: run the tests from the project folder");
        }
        return script;
    }

    /** Writes a corpus of {@code count} items with {@code seed} into {@code out} (content/ and expected.json). */
    public static void corpus(int count, int seed, Path out) throws Exception {
        Process p = new ProcessBuilder("python3", genCorpus().toString(), "--count", String.valueOf(count), "--seed",
                String.valueOf(seed), "--out", out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("gen-corpus.py failed: " + log);
        }
    }
}
