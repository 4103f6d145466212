package vn.cchc.site.serve;

import vn.cchc.site.content.FileChanges;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;

/**
 * Watches {@code content/}, {@code templates/}, {@code assets/} and {@code site.yml} (folders
 * created later included) and calls back once per burst of changes (an editor's save often writes
 * several times), after {@link #QUIET_MILLIS} without events, with the files that changed, so a
 * rebuild reads only those. When it may have lost track (the system dropped events, or a folder
 * appeared, whose files may predate its registration) it reports that everything changed.
 */
public final class SiteWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 40;

    private final Path root;
    private final WatchService watch;
    private final Consumer<FileChanges> onChange;
    private final Thread thread;
    private boolean everything;
    private final Set<Path> changed = new HashSet<>();

    /** Starts watching; {@code onChange} runs on the watcher's thread. */
    public SiteWatcher(Path root, Consumer<FileChanges> onChange) throws IOException {
        this.root = root;
        this.onChange = onChange;
        this.watch = FileSystems.getDefault().newWatchService();
        register(root, false);
        for (String dir : new String[] {"content", "templates", "assets", "archetypes"}) {
            if (Files.isDirectory(root.resolve(dir))) {
                register(root.resolve(dir), true);
            }
        }
        thread = new Thread(this::loop, "xem-thu-theo-doi");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir, boolean recursive) throws IOException {
        if (!recursive) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watch.take();
                boolean relevant = drain(key);
                // wait for the burst to end
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    FileChanges changes = everything ? FileChanges.EVERYTHING : FileChanges.of(changed);
                    everything = false;
                    changed.clear();
                    onChange.accept(changes);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path full = dir.resolve(name);
                if (dir.equals(root) && !name.toString().equals("site.yml")) {
                    continue;
                }
                relevant = true;
                changed.add(full);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) {
                    everything = true;
                    try {
                        register(full, true);
                    } catch (IOException ignored) {
                        // the rebuild reads every folder anyway
                    }
                }
            } else {
                // OVERFLOW: events were lost
                relevant = true;
                everything = true;
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watch.close();
    }
}
