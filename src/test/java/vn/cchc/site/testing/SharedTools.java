package vn.cchc.site.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The project's shared tools beside the checkout ({@code ../shared/}), as CI provides them. */
public final class SharedTools {
    private SharedTools() {
    }

    /** {@code shared/tools/gen-corpus.py} in the nearest folder above the working directory that has it. */
    public static Path genCorpus() {
        String env = System.getenv("CCHC_SHARED");
        if (env != null && Files.isRegularFile(Path.of(env, "tools/gen-corpus.py"))) {
            return Path.of(env, "tools/gen-corpus.py");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/tools/gen-corpus.py");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/tools/gen-corpus.py not found beside the project "
                + "(set CCHC_SHARED to the shared folder)");
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
