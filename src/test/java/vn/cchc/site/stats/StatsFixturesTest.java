package vn.cchc.site.stats;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.core.StatsWindowKind;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.LoadedContent;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Author spacing, items with no pillar, and the portal channel, on real content files. */
class StatsFixturesTest {
    @TempDir
    static Path dir;
    static Stats stats;

    @BeforeAll
    static void count() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        site.item("a.md", "title: A\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]\nauthor: \"Nguyễn  Thị Hương\"", "x");
        site.item("b.md", "title: B\ntype: tin\ndate: 2025-03-02\npillars: [cong-vu]\nauthor: \"  Nguyễn Thị\tHương \"",
                "x");
        // the same name in decomposed (NFD) form, as macOS writes it
        site.item("c.md", "title: C\ntype: bai\ndate: 2025-03-03\nauthor: \"Nguye\u0302\u0303n Thi\u0323 Hu\u031Bo\u031Bng\"\n"
                + "channels: [zalo]", "x");
        site.item("d.md", "title: D\ntype: thong-bao\ndate: 2025-03-04\nchannels: [facebook, cong-ttdt]", "x");
        SiteConfig config = SiteConfigLoader.defaults();
        LoadedContent content = new ContentLoader(dir, config).load();
        assertTrue(content.problems().stream().noneMatch(vn.cchc.site.core.Problem::isError),
                content.problems().toString());
        stats = new StatsCalculator(config, new VietnameseText()).compute(content.items(),
                Periods.year(2025, StatsWindowKind.CALENDAR), LocalDateTime.of(2026, 1, 1, 0, 0));
    }

    @Test
    void oneAuthorHoweverTheNameIsSpacedOrEncoded() {
        assertEquals(Map.of("Nguyễn Thị Hương", 3, StatsLabels.NO_AUTHOR, 1), stats.byAuthor());
    }

    @Test
    void itemsWithoutPillarAreShownNotLost() {
        assertEquals(2, stats.byPillar().get(StatsLabels.NO_PILLAR));
        assertEquals(2, stats.byPillar().get("cong-vu"));
        assertEquals(stats.total(), stats.items().stream().filter(i -> !i.pillars().isEmpty()).count());
    }

    @Test
    void everyItemIsOnThePortalAndChannelsAreWhereItWasAlsoShared() {
        assertEquals(4, stats.byChannel().get(StatsLabels.PORTAL));
        assertEquals(stats.total(), stats.byChannel().get(StatsLabels.PORTAL));
        assertEquals(1, stats.byChannel().get("zalo"));
        assertEquals(1, stats.byChannel().get("facebook"));
        assertEquals("cong-ttdt", stats.byChannel().keySet().iterator().next(), "the portal comes first");
    }

    @Test
    void figuresOfTheGlossary() {
        assertEquals(3, Figure.TIN_BAI.of(stats));
        assertEquals(4, Figure.TONG.of(stats));
        assertEquals(1, Figure.THONG_BAO.of(stats));
    }
}
