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
 * @param pillars  pillar keys ({@link StatsLabels#NO_PILLAR} alone when the item has none)
 * @param author   the author as grouped ({@link StatsLabels#author})
 * @param citation for a {@code van-ban}, how a report cites it ({@link Directives#cite}); otherwise empty
 * @param issuer   for a {@code van-ban}, its issuing body; otherwise empty
 * @param portalUrl address of its copy on the ward's official portal, or empty
 */
public record CountedItem(String path, String url, String title, String type, String date, String sitePath,
                          java.util.List<String> pillars, String author, String citation, String issuer, String portalUrl) {

    public CountedItem {
        pillars = java.util.List.copyOf(pillars);
    }

    /** {@code yyyy-MM-dd} of {@link #date()}: the form every spreadsheet reads the same way. */
    public String isoDate() {
        return date.substring(0, 10);
    }

    /** The publication day. */
    public java.time.LocalDate day() {
        return java.time.LocalDate.parse(isoDate());
    }

    /** The type's Vietnamese label. */
    public String typeLabel() {
        return StatsLabels.type(type);
    }

    /** {@code dd/MM/yyyy} of {@link #date()}. */
    public String shortDate() {
        return date.substring(8, 10) + "/" + date.substring(5, 7) + "/" + date.substring(0, 4);
    }
}
