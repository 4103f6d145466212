package vn.cchc.site.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/front-matter.md} is what the schema files say. Regenerate it with
 * {@code mvn -B -ntp -Dtest=FrontMatterReferenceTest -Dschema.regenerate=true test}.
 */
class FrontMatterReferenceTest {

    @Test
    void theDocsTableIsCurrent() throws Exception {
        Path file = Path.of(FrontMatterReference.FILE);
        String generated = FrontMatterReference.markdown();
        if (Boolean.getBoolean("schema.regenerate")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
        assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8), FrontMatterReference.FILE
                + " is out of date; run mvn -B -ntp -Dtest=FrontMatterReferenceTest -Dschema.regenerate=true test");
    }

    @Test
    void everyTypeAndEveryFieldIsListed() {
        String text = FrontMatterReference.markdown();
        for (ContentType t : ContentType.values()) {
            assertTrue(text.contains("| `" + t.key() + "` | " + t.label() + " |"), t.key());
            t.schema().fields().forEach(f -> assertTrue(text.contains("| `" + f.name() + "` |"), f.name()));
        }
        assertTrue(text.contains("QT-\\d{1,5}(?:[-.][A-Z0-9]+)*"), text);
    }
}
