package vn.cchc.site.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs short batch commands ({@code build}, {@code check}, {@code stats}) in a child JVM tuned for a
 * run of a few seconds on a small machine: the client compiler only (the server compiler's warm-up
 * costs more CPU than it saves in such a run) and the parallel collector with a heap sized for the
 * site, on transparent huge pages where the kernel offers them. The initial heap grows with the number
 * of content files, so that the old generation, which ends up holding every item and body, is not
 * grown step by step through full collections (at 10,000 items these cost 0.5–0.7 s); the young
 * generation is fixed at {@value #YOUNG_MB} MB, as the collector's own sizing makes it grow past a
 * gigabyte. {@code java -jar cchc-site.jar build} stays
 * the interface; the launching JVM takes about 0.2 s to start the child (its own start, the jar, this
 * class), far less than the tuning saves: the same 1,000-item build takes 4.8 s in the launching JVM
 * and 2.1 s through the child.
 *
 * <p>No child is started when the user gave JVM options of their own, when not running from the
 * jar, or when {@code CCHC_NO_FORK} is set. The child stops by itself if its parent is killed, so
 * {@code kill -9} of the command still stops the build.
 */
final class JvmTuning {
    static final String CHILD_PROPERTY = "cchc.child";
    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check", "stats");

    /** Above this many content files the collector sizes the heap itself. */
    static final int LARGE = 30_000;
    static final int YOUNG_MB = 100;
    /** Initial heap: a base, and about what one item (front matter, body, views, page models) keeps alive. */
    static final int BASE_HEAP_MB = 160;
    static final int HEAP_KB_PER_FILE = 24;
    /** Tens of thousands of items: measured at 100,000 items (see docs/benchmarks.md). */
    static final List<String> LARGE_SITE = List.of("-XX:+UseParallelGC", "-Xmx3500m");

    /** The collector and heap options for a site of {@code files} content files. */
    static List<String> heapOptions(long files) {
        if (files > LARGE) {
            return LARGE_SITE;
        }
        long initialMb = BASE_HEAP_MB + files * HEAP_KB_PER_FILE / 1024;
        return List.of("-XX:+UseParallelGC", "-Xms" + initialMb + "m", "-Xmn" + YOUNG_MB + "m", "-Xmx3g");
    }

    private JvmTuning() {
    }

    /** Where Linux says whether processes may ask for transparent huge pages. */
    static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * Transparent huge pages for the heap and the compiled code when the kernel gives them on request
     * ({@code [madvise]} in {@code setting}): fewer page faults and TLB misses, measured at 10–15% less time
     * for 1,000 and 10,000 items (docs/benchmarks.md). Nothing is asked for when the kernel has them off
     * (the JVM would print a warning on every build) or always on, or when the setting cannot be read.
     */
    static List<String> hugePageOptions(Path setting) {
        try {
            if (Files.readString(setting).contains("[madvise]")) {
                return List.of("-XX:+UseTransparentHugePages");
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no such setting: default pages
        }
        return List.of();
    }

    /** The number of content files of the site named by {@code --source} (default: here), counted up to {@link #LARGE} + 1. */
    static long contentFiles(String[] args) {
        String source = ".";
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--source") || args[i].equals("-s")) && i + 1 < args.length) {
                source = args[i + 1];
            } else if (args[i].startsWith("--source=")) {
                source = args[i].substring("--source=".length());
            }
        }
        try {
            return count(new File(source, "content"), 0, 0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /**
     * Markdown files under {@code dir}, up to {@link #LARGE} + 1: by name, without a look at the
     * attributes of each file; only entries not named {@code *.md} are asked whether they are folders.
     * Folders deeper than 16 levels (a link looping back) are not counted. This runs in the parent before
     * the child starts, in a JVM that has compiled nothing yet, so it uses {@link File#list()}: 4 ms for
     * 1,000 files, against 45 ms for a directory stream of {@code Path}s and 150 ms for {@code Files.walk}
     * of 10,000.
     */
    private static long count(File dir, long sofar, int depth) {
        long n = sofar;
        String[] names = depth > 16 ? null : dir.list();
        if (names == null) {
            return n;
        }
        for (String name : names) {
            if (n > LARGE) {
                break;
            }
            if (name.endsWith(".md")) {
                n++;
            } else {
                File entry = new File(dir, name);
                if (entry.isDirectory()) {
                    n = count(entry, n, depth + 1);
                }
            }
        }
        return n;
    }

    /**
     * Options that map the class-data archive made beside the jar at packaging time
     * ({@code cchc-site.jsa}, see pom.xml): the classes of a build come parsed and verified, which saves
     * about 0.4 s of a 1,000-item build. Left out when there is no archive or it is older than the
     * jar; a JVM that cannot use it (another Java version) goes on without it, silently.
     */
    static List<String> classDataOptions(Path jar) {
        String name = jar.getFileName().toString();
        File archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa").toFile();
        // lastModified() is 0 for a missing file
        if (archive.isFile() && archive.lastModified() >= jar.toFile().lastModified()) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off");
        }
        return List.of("-Xshare:auto");
    }

    /** The JVM options of the child that runs a batch command from {@code jar} on a site of {@code files} content files. */
    static List<String> childOptions(Path jar, long files) {
        List<String> options = new ArrayList<>();
        options.add("-XX:TieredStopAtLevel=1");
        options.addAll(heapOptions(files));
        options.addAll(hugePageOptions(HUGE_PAGES_SETTING));
        options.addAll(classDataOptions(jar));
        return options;
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
        command.addAll(childOptions(Path.of(classPath), contentFiles(args)));
        command.addAll(List.of("-D" + CHILD_PROPERTY + "=" + ProcessHandle.current().pid(), "-cp",
                classPath, Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            return Optional.of(child.waitFor());
        } catch (IOException e) {
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
