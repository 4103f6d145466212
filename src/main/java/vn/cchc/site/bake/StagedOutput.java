package vn.cchc.site.bake;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Atomic output: a build writes into a staging folder beside {@code output/} and swaps it in only
 * when everything succeeded. A failed or killed build leaves the previous {@code output/} exactly
 * as it was.
 *
 * <p>Deleting a tree of tens of thousands of files costs more than rendering it on some disks, so
 * the site before the live one is kept as {@code .output.prev} and recycled as the next staging
 * folder: files are overwritten in place, and {@link #commit()} sweeps away every file the build
 * did not write (stale pages of deleted content) before the swap. A staging folder left by a killed
 * build is recycled the same way.
 *
 * <p>The swap is three renames on one file system: {@code output → .output.old-*},
 * {@code staging → output}, {@code .old-* → .output.prev}. Should a build die between them, the next
 * build puts things back in order before anything else.
 */
public final class StagedOutput {
    private final Path output;
    private final Path staging;
    private final Path old;
    private final Path prev;
    private FileTime started;

    public StagedOutput(Path output) {
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        String stamp = ProcessHandle.current().pid() + "-" + System.nanoTime();
        this.staging = this.output.resolveSibling("." + name + ".staging-" + stamp);
        this.old = this.output.resolveSibling("." + name + ".old-" + stamp);
        this.prev = this.output.resolveSibling("." + name + ".prev");
    }

    /**
     * Puts the previous site back as {@code output/} when a build was killed between the two renames
     * of its swap (output already moved aside, staging not yet moved in). Every build calls this
     * first, also one that then fails on its input, so {@code output/} is never left missing.
     */
    public void recover() throws IOException {
        Path parent = output.getParent();
        if (Files.exists(output) || !Files.isDirectory(parent)) {
            return;
        }
        String name = output.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.sorted().toList()) {
                if (p.getFileName().toString().startsWith("." + name + ".old-") && !Files.exists(output)) {
                    Files.move(p, output, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    /**
     * Recovers from an interrupted swap, then prepares the staging folder (recycling the previous
     * site or a killed build's staging folder when there is one).
     */
    public Path begin() throws IOException {
        Path parent = output.getParent();
        Files.createDirectories(parent);
        recover();
        String name = output.getFileName().toString();
        List<Path> reusable = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + ".old-")) {
                    if (!Files.exists(output)) {
                        Files.move(p, output, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        reusable.add(p);
                    }
                } else if (n.startsWith("." + name + ".staging-") && !isLive(n)) {
                    reusable.add(p);
                }
            }
        }
        if (Files.isDirectory(prev)) {
            reusable.add(0, prev);
        }
        if (reusable.isEmpty()) {
            Files.createDirectories(staging);
        } else {
            Files.move(reusable.get(0), staging, StandardCopyOption.ATOMIC_MOVE);
            for (Path extra : reusable.subList(1, reusable.size())) {
                deleteTree(extra);
            }
        }
        Path marker = staging.resolve(".staging-started");
        Files.write(marker, new byte[0]);
        started = Files.getLastModifiedTime(marker);
        Files.delete(marker);
        return staging;
    }

    private static boolean isLive(String stagingName) {
        String rest = stagingName.substring(stagingName.indexOf(".staging-") + ".staging-".length());
        try {
            long pid = Long.parseLong(rest.substring(0, rest.indexOf('-')));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Removes what this build did not write, then swaps the staged site in. */
    public void commit() throws IOException {
        sweep();
        if (Files.exists(output)) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(old)) {
            if (Files.exists(prev)) {
                deleteTree(prev);
            }
            Files.move(old, prev, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Leaves {@code output/} untouched; the staging folder is recycled by the next build. */
    public void abort() {
        // Nothing to undo: the live output was never touched. The staging folder is reused next time.
    }

    public Path staging() {
        return staging;
    }

    /** Deletes files older than this build's start, and folders left empty. */
    private void sweep() throws IOException {
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.lastModifiedTime().compareTo(started) < 0) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(staging)) {
                    try (Stream<Path> entries = Files.list(dir)) {
                        if (entries.findAny().isEmpty()) {
                            Files.delete(dir);
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Writes {@code bytes} to {@code file} in the staging folder, replacing a folder of the same name left by an older site. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path parent = file.getParent();
        if (!Files.isDirectory(parent)) {
            if (Files.exists(parent)) {
                Files.delete(parent);
            }
            Files.createDirectories(parent);
        }
        if (Files.isDirectory(file)) {
            deleteTree(file);
        }
        Files.write(file, bytes);
    }
}
