package vn.cchc.site.content;

import vn.cchc.site.core.Problem;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what each content file gave, keyed by its modification time and size, so a warm
 * rebuild (the {@code serve} preview) reads and parses only the files that changed. Thread-safe.
 */
public final class ReadCache {
    /** What one file gave when it had this time and size. */
    record Entry(FileTime modified, long size, Optional<Item> item, Optional<UnparsedBody> unparsed,
                 List<Problem> problems) {
    }

    /** The Markdown files of the last read, sorted, and what listing them found (files that are not Markdown). */
    record Listing(List<Path> files, List<Problem> problems) {
    }

    private final ConcurrentHashMap<Path, Entry> entries = new ConcurrentHashMap<>();
    private volatile Listing listing;

    Entry get(Path file, FileTime modified, long size) {
        Entry e = entries.get(file);
        return e != null && e.modified().equals(modified) && e.size() == size ? e : null;
    }

    /** What {@code file} gave last time, whatever its time and size now (the file is known not to have changed). */
    Entry last(Path file) {
        return entries.get(file);
    }

    Listing listing() {
        return listing;
    }

    void listing(Listing listing) {
        this.listing = listing;
    }

    void forget(Path file) {
        entries.remove(file);
    }

    void put(Path file, Entry entry) {
        entries.put(file, entry);
    }

    /** Forgets files that are gone. */
    void retainOnly(java.util.Collection<Path> files) {
        entries.keySet().retainAll(new java.util.HashSet<>(files));
    }

    public void clear() {
        entries.clear();
        listing = null;
    }
}
