package vn.cchc.site.scaffold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new} writes a file that validates as it is, for every type. */
class NewCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tin", "bai", "thong-bao", "van-ban", "thu-tuc", "quy-trinh", "trang"})
    void newFileOfEveryTypeValidates(String type) throws Exception {
        SiteFixture.Run run = SiteFixture.cli("new", "--source=" + dir, type, "Hội thi \"Cải cách hành chính\" năm 2026");
        assertEquals(0, run.exitCode(), run.err());
        try (var files = Files.walk(dir.resolve("content"))) {
            Path file = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
            assertEquals("hoi-thi-cai-cach-hanh-chinh-nam-2026.md", file.getFileName().toString());
            String text = Files.readString(file);
            assertTrue(text.contains("type: " + type), text);
            assertTrue(text.contains("status: draft"));
            if (!type.equals("trang")) {
                assertTrue(text.contains("date: " + LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))), text);
            }
        }
        SiteFixture.Run check = SiteFixture.cli("check", "--source=" + dir);
        assertEquals(0, check.exitCode(), check.err());
    }

    @Test
    void aSiteArchetypeOverridesTheGeneratedOne() throws Exception {
        Files.createDirectories(dir.resolve("archetypes"));
        Files.writeString(dir.resolve("archetypes/tin.md"), "---\ntitle: \"{{title}}\"\ntype: {{type}}\n"
                + "date: {{date}}\nstatus: draft\npillars: [cong-vu]\n---\n\nMẫu riêng của phường.\n");
        assertEquals(0, SiteFixture.cli("new", "--source=" + dir, "tin", "Tin A").exitCode());
        try (var files = Files.walk(dir.resolve("content"))) {
            Path file = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
            String text = Files.readString(file);
            assertTrue(text.contains("Mẫu riêng của phường.") && !text.contains("channels"), text);
        }
    }

    @Test
    void neverOverwrites() {
        assertEquals(0, SiteFixture.cli("new", "--source=" + dir, "tin", "Tin A").exitCode());
        SiteFixture.Run again = SiteFixture.cli("new", "--source=" + dir, "tin", "Tin A");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("không ghi đè"), again.err());
    }

    @Test
    void unknownTypeIsAUsageErrorWithSuggestion() {
        SiteFixture.Run run = SiteFixture.cli("new", "--source=" + dir, "tinn", "Tin A");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'tin'"), run.err());
    }
}
