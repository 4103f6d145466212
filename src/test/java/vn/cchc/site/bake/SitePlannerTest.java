package vn.cchc.site.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.LoadedContent;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * What the planner remembers between plans is keyed by content: files read again into new but equal
 * items reuse their rendered bodies and page jobs; an edited file is rendered again; and a planner that
 * remembers gives the same pages as a new one.
 */
class SitePlannerTest {
    @TempDir
    Path dir;

    private final BakeOptions options = new BakeOptions(null, null,
            new BuildTime(Instant.parse("2026-01-01T00:00:00Z")), false, false, 2);

    @Test
    void equalItemsReadAgainReuseBodiesAndPagesEditedOnesDoNot() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        for (int i = 1; i <= 5; i++) {
            site.item("tin/tin-" + i + ".md", "title: Tin số " + i + "\ntype: tin\ndate: 2025-03-0" + i
                    + "\npillars: [cong-vu]", "Nội dung **" + i + "**.");
        }
        SiteConfig config = new SiteConfigLoader().load(site.root(), new ArrayList<>());
        SitePlanner planner = new SitePlanner();
        LoadedContent first = new ContentLoader(site.root(), config).load();
        SitePlanner.Indexed a = planner.index(config, first, site.root(), options, new Timings());
        List<PageJob> jobsA = planner.pages(config, a, options, new Timings());

        site.item("tin/tin-5.md", "title: Tin số 5\ntype: tin\ndate: 2025-03-05\npillars: [cong-vu]", "Đã sửa.");
        LoadedContent again = new ContentLoader(site.root(), config).load(); // no read cache: new instances
        SitePlanner.Indexed b = planner.index(config, again, site.root(), options, new Timings());
        List<PageJob> jobsB = planner.pages(config, b, options, new Timings());

        Item one = find(first, "tin-1"), oneAgain = find(again, "tin-1");
        assertNotSame(one, oneAgain);
        assertSame(a.bodies().get(one), b.bodies().get(oneAgain), "an equal item keeps its rendered body");
        assertSame(job(jobsA, "tin-tuc/tin-2/"), job(jobsB, "tin-tuc/tin-2/"), "a page of equal items keeps its job");
        assertNotEquals(a.bodies().get(find(first, "tin-5")).html(), b.bodies().get(find(again, "tin-5")).html());

        SitePlanner fresh = new SitePlanner();
        List<PageJob> cold = fresh.pages(config, fresh.index(config, again, site.root(), options, new Timings()),
                options, new Timings());
        assertEquals(cold, jobsB, "remembering only saves work");
    }

    private static Item find(LoadedContent content, String slug) {
        return content.items().stream().filter(i -> i.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static PageJob job(List<PageJob> jobs, String path) {
        return jobs.stream().filter(j -> j.path().equals(path)).findFirst().orElseThrow();
    }
}
