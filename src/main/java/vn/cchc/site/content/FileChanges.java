package vn.cchc.site.content;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * What changed in a site since it was last read, as a file watcher saw it: a set of files, or
 * everything. A warm rebuild given a set reads only those files and trusts what it remembers of the
 * others; "everything" makes it look at every file again, as a cold build does.
 *
 * @param files      the changed (created, modified or deleted) files, when not everything
 * @param everything whether every file must be looked at
 */
public record FileChanges(Set<Path> files, boolean everything) {
    /** Every file may have changed: the first build, or a watcher that lost track of events. */
    public static final FileChanges EVERYTHING = new FileChanges(Set.of(), true);

    public FileChanges {
        files = Set.copyOf(files);
    }

    /** Only {@code files} changed. */
    public static FileChanges of(Collection<Path> files) {
        return new FileChanges(Set.copyOf(files), false);
    }
}
