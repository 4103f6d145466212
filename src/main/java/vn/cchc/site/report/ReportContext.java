package vn.cchc.site.report;

import vn.cchc.site.core.SiteConfig;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a format needs besides the counts.
 *
 * @param config   the site's configuration
 * @param settings the {@code report:} settings
 * @param today    the day the report is dated (the build's now, Vietnam time)
 * @param siteRoot the site root (where a ward's own Word template is looked for)
 * @param section  {@code --section}: the short Word insert instead of the full report
 */
public record ReportContext(SiteConfig config, ReportSettings settings, LocalDate today, Path siteRoot,
                            boolean section) {
}
