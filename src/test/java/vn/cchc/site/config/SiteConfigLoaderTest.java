package vn.cchc.site.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.core.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.cchc.site.core.SiteConfig;

/** Reading {@code site.yml}. */
class SiteConfigLoaderTest {
    @TempDir
    Path site;

    @Test
    void aYearsTargetsKeepTheOrderSiteYmlGivesThemSoEveryReportListsThemAlike() throws IOException {
        Files.writeString(site.resolve("site.yml"), """
                ward: "Phường Lê Lợi"
                stats:
                  targets:
                    2026: { tin-bai: 60, van-ban: 12, thu-tuc: 10, tong: 120, quy-trinh: 4, thong-bao: 20 }
                    2025: 50
                """);
        List<Problem> problems = new ArrayList<>();
        SiteConfig config = new SiteConfigLoader().load(site, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(List.of("tin-bai", "van-ban", "thu-tuc", "tong", "quy-trinh", "thong-bao"),
                List.copyOf(config.targets().get(2026).keySet()));
        assertEquals(List.of(2025, 2026), List.copyOf(config.targets().keySet()), "years in order");
        assertEquals(50, config.targets().get(2025).get("tin-bai"), "a bare number is the news-and-articles target");
    }
}
