package vn.cchc.site.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Atomic output: a build writes into a staging folder beside {@code output/} and swaps it in only
 * when everything succeeded. A failed or killed build leaves the previous {@code output/} exactly
 * as it was.
 *
 * <p>Deleting a tree of tens of thousands of files costs more than rendering it on some disks, so
 * the site before the live one is kept as {@code .output.prev} and recycled as the next staging
 * folder: a page that already holds the bytes of the new one is left as it is (no write, its
 * modification time stays that of its last change), the others are overwritten in place, and
 * {@link #commit()} sweeps away every file the build did not put (stale pages of deleted content)
 * before the swap. A staging folder left by a killed build is recycled the same way.
 *
 * <p>Only a folder {@link OutputFolder} accepted is replaced; every staged site carries its
 * {@link OutputFolder#MARKER}, so {@code .output.prev} and staging folders are recognised as ours.
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
    private final Set<Path> unchanged = ConcurrentHashMap.newKeySet();
    private FileTime started;
    /** Whether the staging folder is an older site (recycled) rather than a new, empty folder. */
    private boolean recycled;

    /**
     * @param output the output folder, as {@link OutputFolder#claim} accepted it; a symbolic link is
     *               resolved here and the folder it names is the one replaced
     */
    public StagedOutput(Path output) {
        this.output = resolved(output);
        String name = this.output.getFileName().toString();
        String stamp = ProcessHandle.current().pid() + "-" + System.nanoTime();
        this.staging = this.output.resolveSibling("." + name + ".staging-" + stamp);
        this.old = this.output.resolveSibling("." + name + ".old-" + stamp);
        this.prev = this.output.resolveSibling("." + name + ".prev");
    }

    /** The folder a linked output names; a link that leads nowhere is kept, and refused by {@link #recover}. */
    private static Path resolved(Path output) {
        try {
            return OutputFolder.resolveLink(output);
        } catch (OutputFolder.UnsafeOutputException e) {
            return output.toAbsolutePath().normalize();
        }
    }

    /**
     * Puts the previous site back as {@code output/} when a build was killed between the two renames
     * of its swap (output already moved aside, staging not yet moved in). Every build calls this
     * first, also one that then fails on its input, so {@code output/} is never left missing.
     *
     * @throws OutputFolder.UnsafeOutputException when the output is not a folder a build may replace
     *                                            (see {@link OutputFolder}); nothing was touched
     */
    public void recover() throws IOException {
        if (Files.isSymbolicLink(output)) {
            OutputFolder.resolveLink(output); // a link that leads nowhere: refused with its message
        }
        Path parent = output.getParent();
        if (!Files.exists(output) && Files.isDirectory(parent)) {
            putBack(parent);
        }
        OutputFolder.checkReplaceable(output, output);
    }

    private void putBack(Path parent) throws IOException {
        String name = output.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.sorted().toList()) {
                if (isOld(p.getFileName().toString(), name) && !Files.exists(output)) {
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
                if (isOld(n, name)) {
                    if (!Files.exists(output)) {
                        Files.move(p, output, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        reusable.add(p);
                    }
                } else if (n.matches(java.util.regex.Pattern.quote("." + name + ".staging-") + "\\d+-\\d+") && !isLive(n)) {
                    reusable.add(p);
                }
            }
        }
        if (Files.isDirectory(prev, LinkOption.NOFOLLOW_LINKS) && OutputFolder.ours(prev)) {
            reusable.add(0, prev);
        }
        recycled = !reusable.isEmpty();
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
        OutputFolder.mark(staging); // after the start: the sweep keeps it
        return staging;
    }

    /** Whether {@code n} names the live output moved aside by a swap ({@code .NAME.old-PID-NANOS}). */
    private static boolean isOld(String n, String name) {
        return n.matches(java.util.regex.Pattern.quote("." + name + ".old-") + "\\d+-\\d+");
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
        if (recycled) {
            sweep(); // a new folder holds only what this build put
        }
        if (Files.exists(output)) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(old)) {
            if (Files.exists(prev, LinkOption.NOFOLLOW_LINKS) && !OutputFolder.ours(prev)) {
                deleteTree(old); // a folder of that name that is not ours stays as it is
            } else {
                if (Files.exists(prev)) {
                    deleteTree(prev);
                }
                Files.move(old, prev, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** Leaves {@code output/} untouched; the staging folder is recycled by the next build. */
    public void abort() {
        // Nothing to undo: the live output was never touched. The staging folder is reused next time.
    }

    public Path staging() {
        return staging;
    }

    /**
     * Deletes the files this build neither wrote (older than its start) nor found unchanged, and the
     * folders left empty. Sub-folders are swept in parallel (on the build's pool when called from it):
     * the sweep is file-system calls, a listing and a look at each of tens of thousands of entries.
     */
    private void sweep() throws IOException {
        try {
            sweep(staging);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Sweeps {@code dir}; returns how many entries it keeps. */
    private int sweep(Path dir) {
        int kept = 0;
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attrs.isDirectory()) {
                    folders.add(entry);
                } else if (attrs.lastModifiedTime().compareTo(started) < 0 && !unchanged.contains(entry)) {
                    Files.delete(entry);
                } else {
                    kept++;
                }
            }
            List<Path> emptied = (folders.size() > 1 ? folders.parallelStream() : folders.stream())
                    .filter(f -> sweep(f) == 0).toList();
            for (Path folder : emptied) {
                Files.delete(folder);
            }
            return kept + folders.size() - emptied.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * Puts a page of this build into the staging folder: leaves the file alone when it already holds
     * exactly {@code bytes} (a recycled folder mostly does), writes it otherwise. Safe to call from
     * several threads.
     */
    public void put(Path file, byte[] bytes) throws IOException {
        if (!recycled) {
            Files.createDirectories(file.getParent()); // a new folder: nothing in the way, nothing to compare
            Files.write(file, bytes);
        } else if (holds(file, bytes)) {
            unchanged.add(file);
        } else {
            write(file, bytes);
        }
    }

    /** Whether {@code file} is a regular file with exactly {@code bytes} in it. */
    static boolean holds(Path file, byte[] bytes) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() != bytes.length) {
                return false;
            }
            ByteBuffer content = ByteBuffer.allocate(bytes.length);
            while (content.hasRemaining() && channel.read(content) >= 0) {
                // read until full or end of file
            }
            return !content.hasRemaining() && Arrays.equals(content.array(), bytes);
        } catch (IOException e) {
            return false; // missing, a folder, unreadable: written anew
        }
    }

    /**
     * Writes {@code bytes} to {@code file}, making its folder, and replacing a folder or file of the
     * same name left by an older site where one is in the way.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        try {
            Files.write(file, bytes);
        } catch (FileSystemException e) {
            makeWay(file);
            Files.write(file, bytes);
        }
    }

    /** Makes the folders of {@code file}, removing a file where one of them must be, and a folder named as {@code file}. */
    private static void makeWay(Path file) throws IOException {
        Path parent = file.getParent();
        if (!Files.isDirectory(parent)) {
            Path existing = parent;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                Files.delete(existing);
            }
            Files.createDirectories(parent);
        }
        if (Files.isDirectory(file)) {
            deleteTree(file);
        }
    }
}
