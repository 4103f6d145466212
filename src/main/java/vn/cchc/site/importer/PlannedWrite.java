package vn.cchc.site.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file an import will write, already checked, and the line that tells the officer about it.
 *
 * @param file   where
 * @param text   the whole new text
 * @param done   the line printed after writing ("Tạo mới: ...")
 * @param planned the line printed by {@code --dry-run} ("Sẽ tạo: ...")
 */
record PlannedWrite(Path file, String text, String done, String planned) {

    /** Writes every file (UTF-8), or none when {@code dryRun}; returns the lines to print. */
    static List<String> apply(List<PlannedWrite> writes, boolean dryRun) throws IOException {
        for (PlannedWrite w : dryRun ? List.<PlannedWrite>of() : writes) {
            Files.createDirectories(w.file().getParent());
            Files.writeString(w.file(), w.text(), StandardCharsets.UTF_8);
        }
        return writes.stream().map(w -> dryRun ? w.planned() : w.done()).toList();
    }
}
