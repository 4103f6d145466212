package vn.cchc.site.bake;

import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.Item;

import java.util.List;

/**
 * A finished build.
 *
 * @param config   the site configuration used
 * @param items    every item read (drafts included), for statistics
 * @param pages    number of pages written
 * @param files    number of files written, assets included
 * @param warnings warnings that did not fail the build
 * @param timings  per-phase and per-template timings
 */
public record BakeResult(SiteConfig config, List<Item> items, int pages, int files, List<Problem> warnings,
                         Timings timings) {
}
