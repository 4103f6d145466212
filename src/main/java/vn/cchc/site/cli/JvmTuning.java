package vn.cchc.site.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs short batch commands ({@code build}, {@code check}, {@code stats}) in a child JVM tuned for a
 * run of a few seconds on a small machine: the client compiler only (the server compiler's warm-up
 * costs more CPU than it saves in such a run), the serial collector and a bounded heap, which keep
 * a 10,000-item build well under 1 GiB of memory, and the parallel collector for sites of tens of
 * thousands of items. {@code java -jar cchc-site.jar build} stays the
 * interface; the extra JVM start costs about a tenth of a second.
 *
 * <p>No child is started when the user gave JVM options of their own, when not running from the
 * jar, or when {@code CCHC_NO_FORK} is set. The child stops by itself if its parent is killed, so
 * {@code kill -9} of the command still stops the build.
 */
final class JvmTuning {
    static final String CHILD_PROPERTY = "cchc.child";
    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check", "stats");

    /** Up to this many content files the serial collector is fastest and keeps memory lowest. */
    static final int LARGE = 30_000;
    static final List<String> SMALL_SITE = List.of("-XX:+UseSerialGC", "-Xms128m", "-Xmx3g", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");
    /** Tens of thousands of items: the serial collector's full collections of a large heap cost too much. */
    static final List<String> LARGE_SITE = List.of("-XX:+UseParallelGC", "-Xmx3500m");

    private JvmTuning() {
    }

    /** Whether the site named by {@code --source} (default: here) has more than {@link #LARGE} content files. */
    static boolean large(String[] args) {
        String source = ".";
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--source") || args[i].equals("-s")) && i + 1 < args.length) {
                source = args[i + 1];
            } else if (args[i].startsWith("--source=")) {
                source = args[i].substring("--source=".length());
            }
        }
        java.nio.file.Path content = java.nio.file.Path.of(source, "content");
        if (!java.nio.file.Files.isDirectory(content)) {
            return false;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(content)) {
            return files.filter(f -> f.toString().endsWith(".md")).limit(LARGE + 1L).count() > LARGE;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** The exit code of the tuned child, or empty when this JVM should run the command itself. */
    static Optional<Integer> runInTunedJvm(String[] args, Map<String, String> env) {
        if (args.length == 0 || !BATCH_COMMANDS.contains(args[0]) || System.getProperty(CHILD_PROPERTY) != null
                || env.containsKey("CCHC_NO_FORK")) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        List<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (own.stream().anyMatch(a -> a.startsWith("-X") || a.startsWith("-agent") || a.startsWith("-javaagent"))) {
            return Optional.empty();
        }
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(own);
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(large(args) ? LARGE_SITE : SMALL_SITE);
        command.addAll(List.of("-Xshare:auto", "-D" + CHILD_PROPERTY + "=" + ProcessHandle.current().pid(), "-cp",
                classPath, Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            return Optional.of(child.waitFor());
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Main.CONTENT_ERRORS);
        }
    }

    /** In a child: exits at once when the parent JVM is gone (killed), like the build would have. */
    static void watchParent() {
        String parent = System.getProperty(CHILD_PROPERTY);
        if (parent == null) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parent));
        if (handle.isEmpty()) {
            Runtime.getRuntime().halt(Main.CONTENT_ERRORS);
        }
        Thread watcher = new Thread(() -> {
            while (true) {
                if (!handle.get().isAlive()) {
                    Runtime.getRuntime().halt(Main.CONTENT_ERRORS);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
