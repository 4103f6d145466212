package vn.cchc.site.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Atomic output: a build writes into a fresh folder beside {@code output/} and swaps it in only
 * when everything succeeded. A failed or killed build leaves the previous {@code output/} exactly
 * as it was; files of deleted content disappear with the swap. The swap is two renames on the
 * same file system; should a build die between them, the next build puts the old output back
 * before doing anything else.
 */
public final class StagedOutput {
    private final Path output;
    private final Path staging;
    private final Path old;

    public StagedOutput(Path output) {
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        String stamp = ProcessHandle.current().pid() + "-" + System.nanoTime();
        this.staging = this.output.resolveSibling("." + name + ".staging-" + stamp);
        this.old = this.output.resolveSibling("." + name + ".old-" + stamp);
    }

    /** Recovers from an earlier interrupted swap, removes leftovers of killed builds, creates the staging folder. */
    public Path begin() throws IOException {
        Path parent = output.getParent();
        Files.createDirectories(parent);
        String name = output.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + ".old-")) {
                    if (!Files.exists(output)) {
                        Files.move(p, output);
                    } else {
                        deleteTree(p);
                    }
                } else if (n.startsWith("." + name + ".staging-") && !isLive(n)) {
                    deleteTree(p);
                }
            }
        }
        Files.createDirectories(staging);
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

    /** Swaps the staged site in. */
    public void commit() throws IOException {
        if (Files.exists(output)) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /** Throws the staged files away; {@code output/} is untouched. */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path staging() {
        return staging;
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
}
