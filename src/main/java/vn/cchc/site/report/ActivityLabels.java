package vn.cchc.site.report;

import vn.cchc.site.core.SiteConfig;

/** Vietnamese names of the forms of activity outside the column. */
final class ActivityLabels {
    private ActivityLabels() {
    }

    /** The label of a form key, from {@code site.yml}'s vocabulary. */
    static String form(SiteConfig config, String key) {
        return config.activityForms().label(key);
    }
}
