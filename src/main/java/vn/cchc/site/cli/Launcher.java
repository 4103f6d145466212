package vn.cchc.site.cli;

import java.util.Optional;

/**
 * Entry point of {@code cchc-site.jar}: starts {@code build}, {@code check} and {@code stats} in a
 * child JVM tuned for them ({@link JvmTuning}) and runs every other command here, through
 * {@link Main}.
 *
 * <p>This class names no type of the command line library in its signatures: the launcher looks up
 * {@code main} by reflection, which loads every type its methods mention, and in the parent JVM of a
 * batch command nothing of picocli is needed.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<Integer> tuned = JvmTuning.runInTunedJvm(args, System.getenv());
        if (tuned.isPresent()) {
            System.exit(tuned.get());
        }
        Main.main(args);
    }
}
