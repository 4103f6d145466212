package vn.cchc.site.serve;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The temporary folder {@code serve} bakes the preview into. It holds drafts and scheduled items,
 * so it is readable by its owner only, and it is deleted when the preview stops: on
 * {@link #close()}, and by a shutdown hook when the process ends otherwise (Ctrl+C, a signal).
 */
public final class PreviewFolder implements AutoCloseable {
    private final Path path;
    private final Thread hook;

    private PreviewFolder(Path path) {
        this.path = path;
        this.hook = new Thread(this::delete, "xoa-ban-xem-thu");
    }

    /** Makes a new, owner-only folder in the system's temporary folder. */
    public static PreviewFolder create() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        PreviewFolder folder = new PreviewFolder(Files.createTempDirectory("cchc-xem-thu", ownerOnly));
        Runtime.getRuntime().addShutdownHook(folder.hook);
        return folder;
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder now (and no longer at exit). */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook deletes it
        }
        delete();
    }

    private void delete() {
        if (!Files.exists(path)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(path);
        } catch (IOException e) {
            // best effort at exit: a file still open elsewhere stays; nothing else to do
        }
    }
}
