package vn.cchc.site.stats;

/**
 * One counted item, as listed in the annex of a report.
 *
 * @param path  content file relative to the site root
 * @param url   public address of the item
 * @param title title
 * @param type  type key
 * @param date  publication date, ISO-8601 with the Vietnam offset ({@code 2025-11-03T08:30:00+07:00})
 * @param sitePath path of the item's page relative to the site root ({@code tin-tuc/abc/})
 * @param portalUrl address of its copy on the ward's official portal, or empty
 */
public record CountedItem(String path, String url, String title, String type, String date, String sitePath,
                          String portalUrl) {

    /** {@code dd/MM/yyyy} of {@link #date()}. */
    public String shortDate() {
        return date.substring(8, 10) + "/" + date.substring(5, 7) + "/" + date.substring(0, 4);
    }
}
